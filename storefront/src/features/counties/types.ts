import type { CountySummary } from "@/types/county"

export type County = CountySummary & {
  province_zh: string
  province_en: string
  contiguous_area: string | null
}

export type CooperativeSummary = {
  id: string
  name: string
  handle: string
  story: string | null
  logo_url: string | null
}

export type CountyDetail = County & { cooperatives: CooperativeSummary[] }

export type CooperativeDetail = {
  id: string
  name: string
  handle: string
  story: string | null
  logo_url: string | null
  certifications: { kind: string; number: string; expires_at: string | null }[]
  county: County | null
  products: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
  }[]
}
