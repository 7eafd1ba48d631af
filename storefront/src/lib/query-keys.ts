// Every TanStack Query key in the shop, so one feature's mutation can
// invalidate another's data (checkout changes the cart, signing out drops
// the orders) without the features importing each other.
type SearchQuery = Record<string, string | number>

export const queryKeys = {
  cart: {
    all: ["cart"] as const,
    detail: (id: string | null) => ["cart", id] as const,
  },
  customer: ["customer"] as const,
  divisions: (parent: string) => ["divisions", parent] as const,
  orders: {
    all: ["orders"] as const,
    list: (offset: number) => ["orders", "list", offset] as const,
    detail: (id: string) => ["orders", id] as const,
    parcels: (id: string) => ["orders", id, "parcels"] as const,
  },
  impact: (orderId: string) => ["impact", orderId] as const,
  payoutSlip: (token: string) => ["payout-slip", token] as const,
  search: (query: SearchQuery) => ["search", query] as const,
  shippingOptions: (cartId: string) => ["shipping-options", cartId] as const,
  paymentProviders: (regionId: string) =>
    ["payment-providers", regionId] as const,
}
