export * from "./workflows/link-order-to-cooperatives"
export * from "./workflows/ship-cooperative-lines"
