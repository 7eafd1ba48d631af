export * from "./workflows/process-stripe-event"
