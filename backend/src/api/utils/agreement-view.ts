// An agreement's terms: the columns of its kind (integer fen).
const TERMS = [
  "floor_price",
  "unit",
  "daily_wage",
  "surplus_share_bp",
  "per_share_amount",
  "shares",
  "rent_per_mu",
  "area_centi_mu",
] as const

// An agreement as the cooperative sees it: its terms and dates, the
// household by id only (names come from the household routes, masked).
export const AGREEMENT_FIELDS = [
  "id",
  "household_id",
  "kind",
  ...TERMS,
  "starts_on",
  "ends_on",
  "end_reason",
  "document_id",
  "created_at",
]

// What a reviewer weighs a dispute against: the terms in force and the
// signed copy.
export const AGREEMENT_TERM_FIELDS = [
  "id",
  "kind",
  ...TERMS,
  "starts_on",
  "ends_on",
  "document_id",
]

export function agreementView(
  agreement: object,
  fields: readonly string[] = AGREEMENT_FIELDS
) {
  const record = agreement as Record<string, unknown>
  return Object.fromEntries(
    fields.map((field) => [field, record[field] ?? null])
  )
}
