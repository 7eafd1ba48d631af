export type FulfillmentStatus =
  "not_fulfilled" | "partially_fulfilled" | "fulfilled"

// A line of the cooperative's own products; Medusa prices are yuan.
export type VendorOrderLine = {
  id: string
  title: string
  product_id: string
  variant_id: string | null
  variant_title: string | null
  quantity: number
  fulfilled_quantity: number
  unit_price: number
}

// An order as a cooperative sees it: its own lines only, no customer
// contact (the region it ships to is all it needs).
export type VendorOrder = {
  id: string
  display_id: number
  status: string
  created_at: string
  currency_code: string
  fulfillment_status: FulfillmentStatus
  payment_status: string | null
  shipping_address: { city?: string | null; province?: string | null } | null
  items: VendorOrderLine[]
}

export type { Page } from "@/lib/api-client"
