export * from "./workflows/link-order-to-cooperatives"
