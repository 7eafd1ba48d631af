export * from "./workflows/append-trace-event"
export * from "./workflows/create-batch"
export * from "./workflows/void-batch"
