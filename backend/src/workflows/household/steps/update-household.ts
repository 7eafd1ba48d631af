import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues } from "../../../lib/previous-values"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

export type HouseholdUpdate = {
  id: string
  township?: string
  village?: string
  head_name?: string
  phone_encrypted?: string | null
  phone_masked?: string | null
  member_count?: number
  poverty_cause?: string | null
  status?: "registered" | "lifted" | "monitored" | "returned"
  status_year?: number | null
  verification?: "pending" | "verified" | "rejected"
  verification_note?: string | null
  registry_missing_since?: Date | null
}

// Updates the given fields; compensation puts back exactly those fields.
export const updateHouseholdStep = createStep(
  "update-household",
  async (input: HouseholdUpdate, { container }) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const before = (await households.retrieveHousehold(
      input.id
    )) as unknown as Record<string, unknown>
    const previous = previousValues(before, input)
    const updated = await households.updateHouseholds(input)
    return new StepResponse({ before, after: updated }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    await households.updateHouseholds(previous)
  }
)
