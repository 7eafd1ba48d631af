import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { recordShockStep, type ShockInput } from "../steps/record-shock"

// A shock event (illness, disability, disaster, accident) opens a
// sudden-hardship case at once, or joins the household's open one; the
// audit entry names the event's kind and day, never its description.
export const recordShockEventWorkflow = createWorkflow(
  "record-shock-event",
  (input: ShockInput) => {
    const recorded = recordShockStep(input)
    const entry = transform({ input, recorded }, ({ input, recorded }) => ({
      actor_type: input.reporter.type,
      actor_id: input.reporter.id,
      action: "shock_event.recorded",
      resource_type: "household",
      resource_id: input.household_id,
      cooperative_id:
        input.reporter.type === "cooperative_user"
          ? input.reporter.cooperative_id
          : null,
      county_code: recorded.county_code,
      after: {
        shock_event_id: recorded.shock_id,
        kind: input.kind,
        occurred_on: input.occurred_on,
        case_id: recorded.case_id,
        case_opened: recorded.case_opened,
      },
    }))
    recordAuditEntryStep(entry)
    return new WorkflowResponse(recorded)
  }
)
