import { model } from "@medusajs/framework/utils"

// One published product of an approved cooperative as search sees it: the
// PostgreSQL provider searches these rows (full-text over the English
// fields, trigrams over all text so Chinese substrings match; see the
// migration for the indexes), and the Meilisearch provider is fed the same
// documents. The id is the product's. Money is in fen.
export const SearchDocument = model.define("search_document", {
  id: model.text().primaryKey(),
  handle: model.text(),
  title: model.text(),
  title_en: model.text().nullable(),
  description: model.text().nullable(),
  description_en: model.text().nullable(),
  thumbnail: model.text().nullable(),
  county_code: model.text().index(),
  county_name: model.text(),
  county_name_en: model.text(),
  cooperative_id: model.text().index(),
  cooperative_name: model.text(),
  category_handles: model.array(),
  category_names: model.array(),
  certifications: model.array(),
  price_min: model.number().nullable(),
  price_max: model.number().nullable(),
  currency_code: model.text(),
  in_stock: model.boolean().default(false),
  households_count: model.number().default(0),
  published_at: model.dateTime(),
  // Every text field above, lower-cased, for trigram matching; and the
  // English ones, for full-text (the migration adds its tsvector column).
  search_text: model.text(),
  search_text_en: model.text(),
})
