// What a cooperative sees of its own join request: what it typed and where
// the request stands, never whether it matched a household.
export function toJoinRequestView(request: {
  id: string
  registry_number: string
  status: string
  decision_note?: string | null
  created_at?: Date | string
  decided_at?: Date | string | null
}) {
  return {
    id: request.id,
    registry_number: request.registry_number,
    status: request.status,
    decision_note: request.decision_note ?? null,
    created_at: request.created_at ?? null,
    decided_at: request.decided_at ?? null,
  }
}
