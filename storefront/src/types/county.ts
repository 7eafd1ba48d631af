// A county as the store API shows it; shared by every feature that names one.
export type CountySummary = {
  code: string
  name_zh: string
  name_en: string
  prefecture_zh: string
  prefecture_en: string
  poverty_status: string | null
  lifted_year: number | null
  story_zh: string | null
  story_en: string | null
}
