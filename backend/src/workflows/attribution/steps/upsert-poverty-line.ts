import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

export type PovertyLineInput = {
  year: number
  amount: number
  note?: string | null
}

// Sets the line for a year (creating or replacing it); undone by restoring
// the previous line or removing the new one.
export const upsertPovertyLineStep = createStep(
  "upsert-poverty-line",
  async (input: PovertyLineInput, { container }) => {
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    const [previous] = await ledger.listPovertyLines({ year: input.year })
    const line = previous
      ? await ledger.updatePovertyLines({
          id: previous.id,
          amount: input.amount,
          note: input.note ?? null,
        })
      : await ledger.createPovertyLines({
          year: input.year,
          amount: input.amount,
          note: input.note ?? null,
        })
    return new StepResponse(line, { previous, created: line.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    if (undo.previous) {
      await ledger.updatePovertyLines({
        id: undo.previous.id,
        amount: undo.previous.amount,
        note: undo.previous.note,
      })
    } else {
      await ledger.deletePovertyLines(undo.created)
    }
  }
)
