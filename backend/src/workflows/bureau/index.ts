export * from "./workflows/accept-bureau-invite"
export * from "./workflows/create-bureau-user"
