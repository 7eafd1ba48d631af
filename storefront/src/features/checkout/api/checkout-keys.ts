export const checkoutKeys = {
  shippingOptions: (cartId: string) => ["shipping-options", cartId] as const,
  paymentProviders: (regionId: string) =>
    ["payment-providers", regionId] as const,
}
