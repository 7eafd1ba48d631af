import { newOneTimeToken } from "../../../backend/src/lib/auth/invite-token"
import { LINKAGE_MODULE } from "../../../backend/src/modules/linkage"
import type LinkageModuleService from "../../../backend/src/modules/linkage/service"
import {
  answerPayoutSlipWorkflow,
  createLinkageAgreementWorkflow,
  issuePayoutSlipWorkflow,
  recordPayoutWorkflow,
} from "../../../backend/src/workflows/linkage"
import type { DemoContext } from "./context"

type Unit = "kg" | "g" | "piece"

const DAY = 24 * 60 * 60 * 1000

// What the demo cooperatives guarantee their members per unit (fen), and
// what they pay for a batch's produce: a little above the floor.
export const FLOOR_PRICE: Record<Unit, number> = { kg: 800, g: 1, piece: 300 }
export const PURCHASE_PRICE: Record<Unit, number> = {
  kg: 950,
  g: 1,
  piece: 380,
}

// A purchase agreement (保底收购) for each member in the cooperative's main
// unit, from before its oldest demo harvest; every seventh member has none,
// so the reports show members without one. Found again on a re-run.
export async function ensureAgreements(
  ctx: DemoContext,
  cooperative: { id: string; ownerId: string },
  members: string[],
  unit: Unit,
  now: number
): Promise<number> {
  const linkage = ctx.container.resolve<LinkageModuleService>(LINKAGE_MODULE)
  const existing = new Set(
    (
      await linkage.listLinkageAgreements(
        { cooperative_id: cooperative.id, kind: "purchase" },
        { take: null, select: ["household_id"] }
      )
    ).map((a) => a.household_id)
  )
  let made = 0
  for (const [i, household_id] of members.entries()) {
    if (i % 7 === 6 || existing.has(household_id)) continue
    await createLinkageAgreementWorkflow(ctx.container).run({
      input: {
        cooperative_id: cooperative.id,
        household_id,
        kind: "purchase",
        floor_price: FLOOR_PRICE[unit],
        unit,
        starts_on: new Date(now - 400 * DAY),
        created_by: cooperative.ownerId,
      },
    })
    made++
  }
  return made
}

// Payments for what the cooperative owes its members under agreements,
// each household's obligations in the order they fell due (a payment
// settles the oldest first, so paying them in order pays each its own):
// most households paid in full ten days after harvest and confirmed on
// their slips; every tenth not paid yet (late); every tenth paid in full
// but for its last batch with a floor, paid 90% (still above the floor);
// once in the demo such a batch paid in half — below the floor it
// guaranteed; two payments disputed. References are the obligations', so a re-run pays
// nothing twice; a payout already answered gets no new slip.
export async function ensurePayouts(
  ctx: DemoContext,
  cooperatives: { id: string; ownerId: string; county_code: string }[],
  now: number
): Promise<number> {
  const linkage = ctx.container.resolve<LinkageModuleService>(LINKAGE_MODULE)
  let paid = 0
  let disputes = 0
  let belowFloor = 0
  let household = 0
  for (const cooperative of cooperatives) {
    const obligations = await linkage.listLinkageObligations(
      { cooperative_id: cooperative.id, kind: "purchase" },
      { take: null, order: { due_on: "ASC", id: "ASC" } }
    )
    const byHousehold = new Map<string, typeof obligations>()
    for (const o of obligations) {
      byHousehold.set(o.household_id, [
        ...(byHousehold.get(o.household_id) ?? []),
        o,
      ])
    }
    for (const owed of byHousehold.values()) {
      // Paid under the household's purchase agreement, for all the produce
      // bought from it (also batches in another unit than the agreement's).
      // A member without one is not paid here: it shows up as late.
      const agreementId = owed.find((o) => o.agreement_id)?.agreement_id
      if (!agreementId) continue
      const share = household++ % 10
      if (share === 8) continue
      // Paid short: only ever a household's last batch (a payment settles
      // the oldest first, so a shortfall lands there), when that one has a
      // floor (produce in the agreement's unit) and its payment window has
      // closed: the first such household in half, below its floor; every
      // tenth 90%, still above it.
      const final = owed[owed.length - 1]
      const shortable =
        final.floor_amount !== null &&
        new Date(final.due_on).getTime() < now - 40 * DAY
      const half = shortable && belowFloor === 0
      if (half) belowFloor++
      for (const [i, obligation] of owed.entries()) {
        const last = i === owed.length - 1
        const part =
          last && half ? 0.5 : last && shortable && share === 7 ? 0.9 : 1
        // Ten days after harvest, or the day the obligation was recorded
        // if that is sooner: fixed once recorded, so a re-run sends the
        // very same payment (and writes nothing).
        const paidOn = Math.min(
          new Date(obligation.due_on).getTime() + 10 * DAY,
          new Date(obligation.created_at).getTime()
        )
        // A payment the demo recorded before (by an earlier version of
        // this seed, perhaps with other figures) stays as it is.
        const reference = `DEMO-${obligation.id}`
        const [recorded] = await linkage.listLinkagePayouts(
          { cooperative_id: cooperative.id, reference },
          { take: 1, select: ["id"] }
        )
        const payout =
          recorded ??
          (
            await recordPayoutWorkflow(ctx.container).run({
              input: {
                cooperative_id: cooperative.id,
                agreement_id: agreementId,
                amount: Math.max(1, Math.floor(obligation.amount * part)),
                paid_on: new Date(paidOn),
                method: i % 2 ? "wechat_pay" : "bank_transfer",
                reference,
                recorded_by: cooperative.ownerId,
              },
            })
          ).result.payout
        if (!recorded) paid++
        // Some slips not answered yet.
        if (share === 9) continue
        const [answered] = await linkage.listLinkagePayoutResponses(
          { payout_id: payout.id },
          { take: 1, select: ["id"] }
        )
        if (answered) continue
        const dispute = share === 6 && last && disputes < 2
        if (dispute) disputes++
        const { hash } = newOneTimeToken()
        await issuePayoutSlipWorkflow(ctx.container).run({
          input: {
            payout_id: payout.id,
            cooperative_id: cooperative.id,
            token_hash: hash,
            expires_at: new Date(now + 90 * DAY),
            issued_by: cooperative.ownerId,
          },
        })
        await answerPayoutSlipWorkflow(ctx.container).run({
          input: {
            token_hash: hash,
            outcome: dispute ? "not_received" : "confirmed",
            responder: i % 3 ? "household" : "first_secretary",
            county_code: cooperative.county_code,
          },
        })
      }
    }
  }
  return paid
}
