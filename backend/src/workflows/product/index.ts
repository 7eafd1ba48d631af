export * from "./workflows/create-cooperative-products"
export * from "./workflows/update-cooperative-product"
export * from "./workflows/upload-product-photo"
