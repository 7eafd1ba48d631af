import { model } from "@medusajs/framework/utils"

// The income poverty line per person per year, in fen. A year without its
// own row uses the latest earlier one (2013: 2,736 CNY; 2020: 4,000 CNY).
export const PovertyLine = model.define("poverty_line", {
  id: model.id({ prefix: "povl" }).primaryKey(),
  year: model.number().unique(),
  amount: model.number(),
  note: model.text().nullable(),
})
