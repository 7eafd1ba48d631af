import { creditCodeCheckCharacter } from "@tianfu/domain"
import type CooperativeModuleService from "../../../backend/src/modules/cooperative/service"
import {
  addCertificationWorkflow,
  changeCooperativeStatusWorkflow,
  registerCooperativeWorkflow,
} from "../../../backend/src/workflows/cooperative"
import { ownerEmail, registerIdentity } from "./accounts"
import type { DemoContext } from "./context"
import type { DemoCooperative } from "./data/catalog"

export function creditCodeFor(countyCode: string, serial: string): string {
  const first17 = `93${countyCode}${serial}`
  return first17 + creditCodeCheckCharacter(first17)
}

// Registers, approves and certifies one cooperative the way its staff and
// a reviewer would; an existing one (by handle) is left as it is.
export async function ensureCooperative(
  ctx: DemoContext,
  coop: DemoCooperative
): Promise<{ id: string; ownerId: string; created: boolean }> {
  const cooperatives =
    ctx.container.resolve<CooperativeModuleService>("cooperative")
  const [existing] = await cooperatives.listCooperatives({
    handle: coop.handle,
  })
  if (existing) {
    const [owner] = await cooperatives.listCooperativeUsers({
      cooperative_id: existing.id,
      role: "owner",
    })
    return { id: existing.id, ownerId: owner.id, created: false }
  }
  const email = ownerEmail(coop.handle)
  const authIdentityId = await registerIdentity(
    ctx.container,
    email,
    ctx.password
  )
  const { result } = await registerCooperativeWorkflow(ctx.container).run({
    input: {
      auth_identity_id: authIdentityId,
      email,
      // The whole name in first_name (see demo/accounts.ts).
      first_name: `${coop.name.slice(0, 3)}理事长`,
      last_name: null,
      cooperative: {
        name: coop.name,
        handle: coop.handle,
        credit_code: creditCodeFor(coop.county_code, coop.serial),
        county_code: coop.county_code,
        contact_email: email,
        story: coop.story,
      },
    },
  })
  const id = result.cooperative.id
  await changeCooperativeStatusWorkflow(ctx.container).run({
    input: {
      cooperative_id: id,
      jurisdiction_code: "51",
      status: "approved",
      reason: "资料齐全，实地核查通过 · documents complete, site visit passed",
      actor_id: ctx.provinceReviewerId,
    },
  })
  for (const certification of coop.certifications) {
    await addCertificationWorkflow(ctx.container).run({
      input: {
        ...certification,
        cooperative_id: id,
        actor_id: result.user.id,
        issued_by:
          certification.kind === "geographic_indication"
            ? "农业农村部"
            : "中国绿色食品发展中心",
        expires_at: "2028-12-31",
      },
    })
  }
  return { id, ownerId: result.user.id, created: true }
}
