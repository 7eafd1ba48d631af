export * from "./workflows/create-counties"
export * from "./workflows/update-county"
