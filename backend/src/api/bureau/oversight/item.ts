import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"
import {
  type ActInput,
  type OversightAction,
} from "../../../workflows/oversight/steps/act-on-item"
import { actOnOversightItemWorkflow } from "../../../workflows/oversight"
import { resolveBureauCaller } from "../caller"
import {
  caseView,
  flagView,
  householdLabels,
  type OversightKind,
  oversightItem,
  reviewerNames,
} from "./access"

// One flag or case with what a reviewer needs to work it: the household
// (masked), the evidence — the aid records the rule found, each with its
// source, giver, purpose, value and day; the shock events of a case — and
// the comments, oldest first.
export const itemRoute =
  (kind: OversightKind) =>
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const { found } = await oversightItem(req, kind)
    const oversight: OversightModuleService =
      req.scope.resolve(OVERSIGHT_MODULE)
    const aidIds =
      kind === "flag"
        ? ((found.evidence as { aid_ids?: string[] })?.aid_ids ?? [])
        : []
    const [records, comments, shocks] = await Promise.all([
      aidIds.length
        ? oversight.listAidRecords(
            { id: aidIds },
            {
              select: [
                "id",
                "source_kind",
                "giver",
                "purpose",
                "amount",
                "in_kind",
                "given_on",
                "reference",
              ],
              order: { given_on: "ASC", id: "ASC" },
              withDeleted: true,
            }
          )
        : [],
      oversight.listOversightComments(
        { subject_type: kind, subject_id: found.id as string },
        { order: { created_at: "ASC" }, take: 200 }
      ),
      kind === "case"
        ? oversight.listShockEvents(
            { case_id: found.id as string },
            {
              select: [
                "id",
                "kind",
                "occurred_on",
                "description",
                "reported_by_type",
                "created_at",
              ],
              order: { occurred_on: "ASC" },
            }
          )
        : [],
    ])
    const [households, names] = await Promise.all([
      householdLabels(req, [found.household_id as string]),
      reviewerNames(req, [
        found.assigned_to as string,
        (found.resolved_by ?? found.closed_by) as string,
        ...comments.map((c) => c.author_id),
      ]),
    ])
    const view =
      kind === "flag"
        ? flagView(found, households, names)
        : caseView(found, households, names)
    res.json({
      [kind]: {
        ...view,
        ...(kind === "flag" ? { evidence: records } : { shock_events: shocks }),
        comments: comments.map((c) => ({
          id: c.id,
          body: c.body,
          author: { id: c.author_id, name: names.get(c.author_id) ?? null },
          created_at: c.created_at,
        })),
      },
    })
  }

// A reviewer's step on an item (see actOnOversightItemWorkflow); answers
// the item as it now is.
export const actRoute =
  (kind: OversightKind, action: OversightAction["action"]) =>
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const caller = await resolveBureauCaller(req)
    await actOnOversightItemWorkflow(req.scope).run({
      input: {
        ...(req.validatedBody as object),
        kind,
        action,
        id: req.params.id,
        jurisdiction_code: caller.jurisdiction_code,
        actor_id: caller.id,
      } as ActInput,
    })
    return itemRoute(kind)(req, res)
  }
