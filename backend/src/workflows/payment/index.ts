export * from "./workflows/record-stripe-payment"
