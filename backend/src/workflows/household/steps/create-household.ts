import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

export type CreateHouseholdInput = {
  registry_number: string
  county_code: string
  township: string
  village: string
  head_name: string
  id_number_encrypted: string
  id_number_hash: string
  id_number_masked: string
  phone_encrypted: string | null
  phone_masked: string | null
  member_count: number
  poverty_cause?: string | null
  status?: "registered" | "lifted" | "monitored" | "returned"
  status_year?: number | null
}

// Stores the household (identity already encrypted by the caller).
export const createHouseholdStep = createStep(
  "create-household",
  async (input: CreateHouseholdInput, { container }) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const household = await households.createHouseholds(input)
    return new StepResponse(household, household.id)
  },
  async (id, { container }) => {
    if (!id) return
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    await households.deleteHouseholds(id)
  }
)
