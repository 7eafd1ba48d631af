// An agreement as the cooperative sees it: its terms and dates, the
// household by id only (names come from the household routes, masked).
export const AGREEMENT_FIELDS = [
  "id",
  "household_id",
  "kind",
  "floor_price",
  "unit",
  "daily_wage",
  "surplus_share_bp",
  "per_share_amount",
  "shares",
  "rent_per_mu",
  "area_centi_mu",
  "starts_on",
  "ends_on",
  "end_reason",
  "document_id",
  "created_at",
]

export function agreementView(agreement: object) {
  const record = agreement as Record<string, unknown>
  return Object.fromEntries(
    AGREEMENT_FIELDS.map((field) => [field, record[field] ?? null])
  )
}
