export * from "./workflows/create-linkage-agreement"
export * from "./workflows/end-linkage-agreement"
export * from "./workflows/record-payout"
export * from "./workflows/reverse-payout"
