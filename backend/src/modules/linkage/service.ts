import { MedusaService } from "@medusajs/framework/utils"
import { LinkageAgreement } from "./models/linkage-agreement"
import { LinkagePayout } from "./models/payout"

class LinkageModuleService extends MedusaService({
  LinkageAgreement,
  LinkagePayout,
}) {}

export default LinkageModuleService
