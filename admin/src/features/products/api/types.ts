export type ProductStatus = "draft" | "proposed" | "published" | "rejected"

export type CnyPrice = { currency_code: string; amount: number }

export type ProductVariant = {
  id: string
  title: string
  sku: string | null
  manage_inventory: boolean
  prices: CnyPrice[]
  options?: { value: string; option_id: string }[]
}

// A product as GET /vendor/products returns it (prices in yuan).
export type Product = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: ProductStatus
  thumbnail: string | null
  metadata: { title_en?: string | null; description_en?: string | null } | null
  created_at: string
  images?: {
    id: string
    url: string
    rank?: number
    metadata?: { thumbnail_url?: string } | null
  }[]
  options: { id: string; title: string; values: { value: string }[] }[]
  variants: ProductVariant[]
}

export type ProductList = {
  products: Product[]
  count: number
  offset: number
  limit: number
}

export type NewVariantBody = {
  title: string
  sku?: string | null
  options: Record<string, string>
  prices: { currency_code: "cny"; amount: number }[]
}

export type CreateProductBody = {
  title: string
  title_en?: string | null
  subtitle?: string | null
  description?: string | null
  description_en?: string | null
  handle?: string
  status?: "draft" | "published"
  thumbnail?: string | null
  images?: ImageBody[]
  options: { title: string; values: string[] }[]
  variants: NewVariantBody[]
}

export type UpdateProductBody = Partial<{
  title: string
  title_en: string | null
  subtitle: string | null
  description: string | null
  description_en: string | null
  thumbnail: string | null
  status: "draft" | "published"
  images: ImageBody[]
  variants: {
    id: string
    title?: string
    sku?: string | null
    prices?: { currency_code: "cny"; amount: number }[]
  }[]
  new_variants: NewVariantBody[]
}>

// An image as the API takes it: an uploaded photo names its card size.
export type ImageBody = {
  url: string
  metadata?: { thumbnail_url: string }
}
