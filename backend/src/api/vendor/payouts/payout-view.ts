// A payout ledger entry as the cooperative sees it (no personal data: the
// household by id).
export const PAYOUT_FIELDS = [
  "id",
  "household_id",
  "agreement_id",
  "kind",
  "entry",
  "amount",
  "paid_on",
  "method",
  "reference",
  "reverses_id",
  "note",
  "evidence_document_id",
  "created_at",
]

// A payment just recorded also says which obligations it settled.
export function payoutView(payout: object) {
  const record = payout as Record<string, unknown>
  return {
    ...Object.fromEntries(
      PAYOUT_FIELDS.map((field) => [field, record[field] ?? null])
    ),
    ...(Array.isArray(record.settlements)
      ? { settlements: record.settlements }
      : {}),
  }
}
