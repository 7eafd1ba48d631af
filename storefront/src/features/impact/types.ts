// Fen throughout: these come from the attribution ledger.
export type PlatformImpact = {
  total: number
  to_households: number
  households: number
  counties: number
  cooperatives: number
}

export type OrderImpact = {
  order_id: string
  recognized: boolean
  households: number
  to_households: number
  to_cooperatives: number
  total: number
  counties: {
    county_code: string
    households: number
    amount: number
    name_zh: string | null
    name_en: string | null
  }[]
}
