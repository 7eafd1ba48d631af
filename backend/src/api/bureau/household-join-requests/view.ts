import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskName } from "@tianfu/domain"

type JoinRequest = {
  id: string
  cooperative_id: string
  registry_number: string
  household_id: string | null
  county_code: string
  status: string
  initiated_by?: string
  request_note?: string | null
  decision_note?: string | null
  created_at?: Date | string
  decided_at?: Date | string | null
}

// The reviewer's queue rows: who asks, for which household (masked), and
// whether the proof matched one at all.
export async function toBureauJoinRequests(
  scope: MedusaContainer,
  requests: JoinRequest[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const cooperativeIds = [...new Set(requests.map((r) => r.cooperative_id))]
  const householdIds = requests.flatMap((r) =>
    r.household_id ? [r.household_id] : []
  )
  const [{ data: cooperatives }, { data: households }] = await Promise.all([
    cooperativeIds.length
      ? query.graph({
          entity: "cooperative",
          fields: ["id", "name", "county_code"],
          filters: { id: cooperativeIds },
        })
      : { data: [] },
    householdIds.length
      ? query.graph({
          entity: "household",
          fields: ["id", "registry_number", "village", "head_name"],
          filters: { id: householdIds },
        })
      : { data: [] },
  ])
  const cooperativeOf = new Map(cooperatives.map((c) => [c.id, c]))
  const householdOf = new Map(households.map((h) => [h.id, h]))
  return requests.map((r) => {
    const cooperative = cooperativeOf.get(r.cooperative_id)
    const household = r.household_id ? householdOf.get(r.household_id) : null
    return {
      id: r.id,
      status: r.status,
      initiated_by: r.initiated_by ?? "cooperative",
      request_note: r.request_note ?? null,
      registry_number: r.registry_number,
      county_code: r.county_code,
      matched: !!household,
      cooperative: cooperative
        ? {
            id: cooperative.id,
            name: cooperative.name,
            county_code: cooperative.county_code,
          }
        : null,
      household: household
        ? {
            id: household.id,
            registry_number: household.registry_number,
            village: household.village,
            head_name: maskName(household.head_name as string),
          }
        : null,
      decision_note: r.decision_note ?? null,
      created_at: r.created_at ?? null,
      decided_at: r.decided_at ?? null,
    }
  })
}
