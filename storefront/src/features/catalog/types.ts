// A product as /store/search returns it (prices in yuan).
export type ProductHit = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  county_code: string
  county_name: string
  county_name_en: string
  cooperative_name: string
  category_handles: string[]
  category_names: string[]
  certifications: string[]
  price_min: number | null
  price_max: number | null
  in_stock: boolean
  households_count: number
}

export type FacetCount = { value: string; count: number }

export type SearchResponse = {
  hits: ProductHit[]
  count: number
  offset: number
  limit: number
  facets: {
    county_code: FacetCount[]
    category: FacetCount[]
    certification: FacetCount[]
    in_stock: FacetCount[]
  }
  fuzzy: boolean
}
