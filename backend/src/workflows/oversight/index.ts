export * from "./workflows/act-on-item"
export * from "./workflows/record-aid"
export * from "./workflows/record-shock"
export * from "./workflows/set-settings"
