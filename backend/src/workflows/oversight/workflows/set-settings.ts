import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"

type Input = {
  jurisdiction_code: string
  changes: Record<string, unknown>
  actor_id: string
}

// The jurisdiction's own settings with the changes (null: back to what
// holds above); undone by putting the settings back as they were.
const setSettingsStep = createStep(
  "set-oversight-settings",
  async (input: Input, { container }) => {
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    const [own] = await oversight.listOversightSettings(
      { jurisdiction_code: input.jurisdiction_code },
      { take: 1 }
    )
    const before = (own?.settings ?? {}) as Record<string, unknown>
    const after: Record<string, unknown> = { ...before }
    for (const [key, value] of Object.entries(input.changes)) {
      if (value === null) delete after[key]
      else if (value !== undefined) after[key] = value
    }
    const saved = await oversight.saveSettings(
      input.jurisdiction_code,
      after,
      input.actor_id
    )
    return new StepResponse(
      { before, after },
      {
        id: saved.id,
        jurisdiction_code: input.jurisdiction_code,
        created: !own,
        before,
        updated_by: own?.updated_by ?? input.actor_id,
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    if (undo.created) await oversight.deleteOversightSettings(undo.id)
    else {
      await oversight.saveSettings(
        undo.jurisdiction_code,
        undo.before,
        undo.updated_by
      )
    }
  }
)

// A reviewer changes the rules' settings of their jurisdiction: audited
// with the settings before and after.
export const setOversightSettingsWorkflow = createWorkflow(
  "set-oversight-settings",
  (input: Input) => {
    const set = setSettingsStep(input)
    const entry = transform({ input, set }, ({ input, set }) => ({
      actor_type: "bureau_user" as const,
      actor_id: input.actor_id,
      action: "oversight_settings.updated",
      resource_type: "oversight_setting",
      resource_id: input.jurisdiction_code,
      county_code: input.jurisdiction_code,
      before: set.before,
      after: set.after,
    }))
    recordAuditEntryStep(entry)
    return new WorkflowResponse(set)
  }
)
