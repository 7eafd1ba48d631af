// Pure rules with no dependencies, the same in the backend, the console and
// the storefront.
export * from "./credit-code"
export * from "./household"
export * from "./id-number"
export * from "./jurisdiction"
export * from "./masking"
export * from "./money"
export * from "./shares"
export type * from "./http"
export * from "./settlement"
export * from "./obligations"
export * from "./text-array"
export * from "./documents"
