export const countyFields = [
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
  "created_at",
  "updated_at",
]

export const retrieveCountyQueryConfig = {
  defaults: countyFields,
  isList: false,
}

export const listCountiesQueryConfig = {
  ...retrieveCountyQueryConfig,
  defaultLimit: 50,
  isList: true,
}
