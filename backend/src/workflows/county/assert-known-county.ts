import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COUNTY_MODULE } from "../../modules/county"
import type CountyModuleService from "../../modules/county/service"

// Steps that take a county_code refuse one that is not a registered county (400).
export async function assertKnownCounty(
  container: MedusaContainer,
  countyCode: string
): Promise<void> {
  const counties: CountyModuleService = container.resolve(COUNTY_MODULE)
  const [county] = await counties.listCounties({ code: countyCode })
  if (!county) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `county_code ${countyCode} is not a known county`
    )
  }
}
