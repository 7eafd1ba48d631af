import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COUNTY_MODULE } from "../../../modules/county"
import type CountyModuleService from "../../../modules/county/service"
import type { CreateCountyInput } from "./create-counties"

export type UpdateCountyInput = { id: string } & Partial<
  Omit<CreateCountyInput, "code">
>

// Updates one county, remembering what it was so compensation can restore it.
export const updateCountyStep = createStep(
  "update-county",
  async (input: UpdateCountyInput, { container }) => {
    const counties: CountyModuleService = container.resolve(COUNTY_MODULE)
    const before = await counties.retrieveCounty(input.id)
    const updated = await counties.updateCounties(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const counties: CountyModuleService = container.resolve(COUNTY_MODULE)
    const {
      created_at: _c,
      updated_at: _u,
      deleted_at: _d,
      ...restorable
    } = before
    await counties.updateCounties(restorable)
  }
)
