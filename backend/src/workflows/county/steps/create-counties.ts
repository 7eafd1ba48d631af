import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COUNTY_MODULE } from "../../../modules/county"
import type CountyModuleService from "../../../modules/county/service"

export type CreateCountyInput = {
  code: string
  name_zh: string
  name_en: string
  prefecture_zh: string
  prefecture_en: string
  province_zh: string
  province_en: string
  poverty_status?: "national_key" | "provincial_key" | "none"
  lifted_year?: number | null
  contiguous_area?: string | null
  story_zh?: string | null
  story_en?: string | null
}

// Creates counties; a code that already exists is a 422, not a duplicate.
export const createCountiesStep = createStep(
  "create-counties",
  async (input: CreateCountyInput[], { container }) => {
    const counties: CountyModuleService = container.resolve(COUNTY_MODULE)
    const existing = await counties.listCounties({
      code: input.map((c) => c.code),
    })
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `County with code ${existing.map((c) => c.code).join(", ")} already exists`
      )
    }
    const created = await counties.createCounties(input)
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const counties: CountyModuleService = container.resolve(COUNTY_MODULE)
    await counties.deleteCounties(ids)
  }
)
