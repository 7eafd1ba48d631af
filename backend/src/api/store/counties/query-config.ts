// What the public sees of a county; cooperatives are listed only when approved.
export const storeCountyFields = [
  "id",
  "code",
  "name_zh",
  "name_en",
  "prefecture_zh",
  "prefecture_en",
  "province_zh",
  "province_en",
  "poverty_status",
  "lifted_year",
  "contiguous_area",
  "story_zh",
  "story_en",
]

export const storeCooperativeSummaryFields = [
  "id",
  "name",
  "handle",
  "story",
  "logo_url",
  "county_code",
]

export const listStoreCountiesQueryConfig = {
  defaults: storeCountyFields,
  allowed: storeCountyFields,
  defaultLimit: 50,
  isList: true,
}
