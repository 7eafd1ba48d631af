import type { ShippingStatus } from "@tianfu/domain"

export type { ShippingStatus }

// A line of the cooperative's own products; Medusa prices are yuan.
export type VendorOrderLine = {
  id: string
  title: string
  product_id: string
  variant_id: string | null
  variant_title: string | null
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  delivered_quantity: number
  unit_price: number
}

// One parcel of the cooperative's lines: its carrier and waybill.
export type VendorShipment = {
  id: string
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
  created_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  items: { line_item_id: string; quantity: number }[]
}

// An order as a cooperative sees it: its own lines and parcels only, no
// customer contact (the region it ships to; the recipient is a separate,
// audited read).
export type VendorOrder = {
  id: string
  display_id: number
  status: string
  created_at: string
  currency_code: string
  shipping_status: ShippingStatus
  payment_status: string | null
  shipping_address: { city?: string | null; province?: string | null } | null
  items: VendorOrderLine[]
  shipments: VendorShipment[]
}

export type VendorOrderPage = {
  orders: VendorOrder[]
  count: number
  offset: number
  limit: number
  status_counts: Record<ShippingStatus, number>
}

// Who receives the parcel, for as long as the cooperative may know it.
export type VendorRecipient = {
  order_id: string
  display_id: number
  name: string | null
  company: string | null
  phone: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  purpose: "ship" | "packing_slip" | "delivery_problem"
  available_until: string | null
  audit_entry_id: string
}

export type { Page } from "@/lib/api-client"
