import { model } from "@medusajs/framework/utils"

// A county-level division by its GB/T 2260 code (e.g. 513431 Zhaojue).
// The code is the natural key every other module refers to.
export const County = model.define("county", {
  id: model.id({ prefix: "cnty" }).primaryKey(),
  code: model.text().unique(),
  name_zh: model.text(),
  name_en: model.text(),
  prefecture_zh: model.text(),
  prefecture_en: model.text(),
  province_zh: model.text(),
  province_en: model.text(),
  poverty_status: model
    .enum(["national_key", "provincial_key", "none"])
    .default("none"),
  lifted_year: model.number().nullable(),
  contiguous_area: model.text().nullable(),
  story_zh: model.text().nullable(),
  story_en: model.text().nullable(),
})
