import { MedusaService } from "@medusajs/framework/utils"
import { Household } from "./models/household"

class HouseholdModuleService extends MedusaService({ Household }) {}

export default HouseholdModuleService
