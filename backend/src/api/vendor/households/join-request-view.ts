// What a cooperative sees of its own join request: what it typed and where
// the request stands, never whether it matched a household; or of a
// reviewer's proposal (initiated_by "bureau"), the registry number and
// county it is to accept or decline.
export function toJoinRequestView(request: {
  id: string
  registry_number: string
  county_code?: string
  initiated_by?: string
  request_note?: string | null
  status: string
  decision_note?: string | null
  created_at?: Date | string
  decided_at?: Date | string | null
}) {
  return {
    id: request.id,
    registry_number: request.registry_number,
    initiated_by: request.initiated_by ?? "cooperative",
    county_code:
      request.initiated_by === "bureau" ? (request.county_code ?? null) : null,
    request_note: request.request_note ?? null,
    status: request.status,
    decision_note: request.decision_note ?? null,
    created_at: request.created_at ?? null,
    decided_at: request.decided_at ?? null,
  }
}
