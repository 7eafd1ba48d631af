export type StoreVariant = {
  id: string
  title: string
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  calculated_price?: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string | null
  } | null
}

export type StoreProductDetail = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  images?: { id: string; url: string }[] | null
  metadata?: { title_en?: string; description_en?: string } | null
  variants: StoreVariant[]
}
