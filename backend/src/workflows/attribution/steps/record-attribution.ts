import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedEntry } from "../../../lib/attribution/plan-entries"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

// Step 3 of attributeOrderPaymentsWorkflow: appends the planned entries
// (the module skips any already there, so a replayed event writes
// nothing). An order whose current version does not add up (a line twice)
// was planned nothing and is logged; reconciliation reports it.
// Append-only: no undo.
export const recordAttributionStep = createStep(
  "record-attribution",
  async (
    input: {
      order_id: string
      planned: PlannedEntry[]
      inconsistency: string | null
    },
    { container }
  ) => {
    if (input.inconsistency) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `attribution of ${input.order_id} refused: ${input.inconsistency}`
        )
    }
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    const written = await ledger.recordEntries(input.planned)
    const sum = (kind: string) =>
      written
        .filter((e) => e.kind === kind)
        .reduce((total, e) => total + e.amount, 0)
    return new StepResponse({
      planned: input.planned.length,
      written: written.length,
      sales: sum("sale"),
      refunds: sum("refund"),
      refused: !!input.inconsistency,
    })
  }
)
