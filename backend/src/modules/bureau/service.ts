import { MedusaService } from "@medusajs/framework/utils"
import { BureauUser } from "./models/bureau-user"

class BureauModuleService extends MedusaService({ BureauUser }) {}

export default BureauModuleService
