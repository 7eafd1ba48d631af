export const cartKeys = {
  all: ["cart"] as const,
  detail: (id: string | null) => [...cartKeys.all, id] as const,
}

export const CART_FIELDS = [
  "id",
  "email",
  "customer_id",
  "currency_code",
  "region_id",
  "item_subtotal",
  "shipping_total",
  "discount_total",
  "tax_total",
  "total",
  "*items",
  "items.variant.inventory_quantity",
  "items.variant.manage_inventory",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")
