export * from "./workflows/change-cooperative-status"
export * from "./workflows/invite-cooperative-user"
export * from "./workflows/register-cooperative"
export * from "./workflows/update-cooperative-profile"
