export * from "./workflows/link-household"
export * from "./workflows/register-household"
export * from "./workflows/review-household"
export * from "./workflows/update-household"
