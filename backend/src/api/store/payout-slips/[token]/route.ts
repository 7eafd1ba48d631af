import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskName, type PayoutSlip } from "@tianfu/domain"
import { hashOneTimeToken } from "../../../../lib/auth/invite-token"
import { LINKAGE_MODULE } from "../../../../modules/linkage"
import type LinkageModuleService from "../../../../modules/linkage/service"
import { slipNotValid } from "../../../../modules/linkage/service"
import { answerPayoutSlipWorkflow } from "../../../../workflows/linkage"
import type { StoreAnswerSlipType } from "../validators"

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/

// What a slip's page shows, and nothing more: the cooperative, the head's
// name masked, the amount, the kind, the day paid, and the answer if one
// was given. A malformed, forged or removed token is one 404. The
// household's county travels beside it (for the answer), never out.
async function findSlip(req: MedusaRequest) {
  const token = String(req.params.token ?? "")
  if (!TOKEN.test(token)) throw slipNotValid()
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const slip = await linkage.slipByHash(hashOneTimeToken(token))
  if (!slip) throw slipNotValid()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: cooperatives }, { data: households }] = await Promise.all([
    query.graph({
      entity: "cooperative",
      fields: ["name"],
      filters: { id: slip.payout.cooperative_id },
    }),
    query.graph({
      entity: "household",
      fields: ["head_name", "county_code"],
      filters: { id: slip.payout.household_id },
    }),
  ])
  const head = households[0]?.head_name as string | undefined
  const view: PayoutSlip = {
    cooperative: (cooperatives[0]?.name as string | undefined) ?? null,
    head_name: head ? maskName(head) : null,
    amount: slip.payout.amount,
    kind: slip.payout.kind,
    paid_on: new Date(slip.payout.paid_on).toISOString(),
    expires_at: new Date(slip.expires_at).toISOString(),
    expired: new Date(slip.expires_at).getTime() < Date.now(),
    withdrawn: slip.payout.reversed,
    answer: slip.answer
      ? {
          outcome: slip.answer.outcome as NonNullable<
            PayoutSlip["answer"]
          >["outcome"],
          responder: slip.answer.responder as NonNullable<
            PayoutSlip["answer"]
          >["responder"],
          created_at: new Date(slip.answer.created_at).toISOString(),
        }
      : null,
  }
  return {
    view,
    county_code: (households[0]?.county_code as string | undefined) ?? "",
  }
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({ slip: (await findSlip(req)).view })
}

// The household's answer: confirmed, not received, or a wrong amount.
// A used slip says so (409), an expired one too (400); nothing changes.
export const POST = async (
  req: MedusaRequest<StoreAnswerSlipType>,
  res: MedusaResponse
) => {
  const { county_code } = await findSlip(req)
  await answerPayoutSlipWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      token_hash: hashOneTimeToken(String(req.params.token)),
      county_code,
    },
  })
  res.setHeader("Cache-Control", "no-store")
  res.status(201).json({ slip: (await findSlip(req)).view })
}
