export * from "./workflows/create-cooperative-products"
