export * from "./workflows/change-cooperative-status"
export * from "./workflows/register-cooperative"
