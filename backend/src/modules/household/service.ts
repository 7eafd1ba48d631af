import { MedusaService } from "@medusajs/framework/utils"
import { Household } from "./models/household"
import { HouseholdJoinRequest } from "./models/join-request"

class HouseholdModuleService extends MedusaService({
  Household,
  HouseholdJoinRequest,
}) {}

export default HouseholdModuleService
