export * from "./workflows/allocate-order"
export * from "./workflows/complete-cart-with-allocation"
export * from "./workflows/release-order-allocation"
export * from "./workflows/attribute-order-payments"
