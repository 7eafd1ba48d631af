import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { inJurisdiction, jurisdictionFilter } from "@tianfu/domain"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"

export type OversightAction =
  | { action: "assign"; bureau_user_id: string | null }
  | { action: "comment"; body: string }
  | { action: "resolve"; resolution: string; reason: string }
  | { action: "close"; exit_criteria: string[]; reason: string }

export type ActInput = {
  kind: "flag" | "case"
  id: string
  jurisdiction_code: string
  actor_id: string
} & OversightAction

// The columns each action changes: what the audit entry shows before and
// after, and what compensation puts back.
const CHANGED = {
  assign: ["assigned_to"],
  comment: [],
  resolve: [
    "status",
    "resolution",
    "resolution_note",
    "resolved_by",
    "resolved_at",
  ],
  close: ["status", "exit_criteria", "close_reason", "closed_by", "closed_at"],
} as const

type Done = {
  county_code: string
  before: Record<string, unknown>
  after: Record<string, unknown>
}
type Undo =
  | { comment_id: string }
  | { kind: "flag" | "case"; id: string; before: Record<string, unknown> }

// A reviewer's step on a flag or a case of their jurisdiction (anything
// else is a 404): assign it to a reviewer whose jurisdiction covers it (or
// to nobody), comment on it, resolve an open flag with a reason, close an
// open case with the exit criteria it met. Undone by putting the changed
// columns back (or removing the comment).
export const actOnOversightItemStep = createStep(
  "act-on-oversight-item",
  async (input: ActInput, { container }) => {
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    const filters = {
      id: input.id,
      county_code: jurisdictionFilter(input.jurisdiction_code),
    }
    const select = ["id", "county_code", "status", ...CHANGED[input.action]]
    const [found] = (
      input.kind === "flag"
        ? await oversight.listOversightFlags(filters, { take: 1, select })
        : await oversight.listMonitoringCases(filters, { take: 1, select })
    ) as Record<string, unknown>[]
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${input.kind === "flag" ? "Flag" : "Case"} was not found`
      )
    }
    const county = found.county_code as string
    const before = Object.fromEntries(
      CHANGED[input.action].map((c) => [c, found[c] ?? null])
    )
    let changes: Record<string, unknown> = {}
    if (input.action === "assign") {
      if (input.bureau_user_id) {
        const {
          data: [user],
        } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "bureau_user",
          fields: ["id", "jurisdiction_code"],
          filters: { id: input.bureau_user_id },
        })
        if (!user || !inJurisdiction(county, user.jurisdiction_code)) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "bureau_user_id must be a reviewer whose jurisdiction covers this county"
          )
        }
      }
      changes = { assigned_to: input.bureau_user_id }
    } else if (input.action === "comment") {
      const comment = await oversight.createOversightComments({
        subject_type: input.kind,
        subject_id: input.id,
        author_id: input.actor_id,
        body: input.body,
      })
      return new StepResponse<Done, Undo>(
        { county_code: county, before, after: { comment_id: comment.id } },
        { comment_id: comment.id }
      )
    } else {
      if (found.status !== "open") {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          input.kind === "flag"
            ? "Only an open flag can be resolved"
            : "Only an open case can be closed"
        )
      }
      changes =
        input.action === "resolve"
          ? {
              status: "resolved",
              resolution: input.resolution,
              resolution_note: input.reason,
              resolved_by: input.actor_id,
              resolved_at: new Date(),
            }
          : {
              status: "closed",
              exit_criteria: [...new Set(input.exit_criteria)],
              close_reason: input.reason,
              closed_by: input.actor_id,
              closed_at: new Date(),
            }
    }
    if (input.action === "assign") {
      if (input.kind === "flag") {
        await oversight.updateOversightFlags({ id: input.id, ...changes })
      } else {
        await oversight.updateMonitoringCases({ id: input.id, ...changes })
      }
    } else if (
      !(await oversight.decideOpen(input.kind, input.id, {
        ...changes,
        ...(input.action === "close"
          ? { exit_criteria: JSON.stringify(changes.exit_criteria) }
          : {}),
      }))
    ) {
      // Another reviewer decided it first.
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        input.kind === "flag"
          ? "Only an open flag can be resolved"
          : "Only an open case can be closed"
      )
    }
    return new StepResponse<Done, Undo>(
      { county_code: county, before, after: changes },
      { kind: input.kind, id: input.id, before }
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    if ("comment_id" in undo) {
      await oversight.deleteOversightComments(undo.comment_id)
    } else if (undo.kind === "flag") {
      await oversight.updateOversightFlags({ id: undo.id, ...undo.before })
    } else {
      await oversight.updateMonitoringCases({ id: undo.id, ...undo.before })
    }
  }
)
