import { MedusaService } from "@medusajs/framework/utils"
import { County } from "./models/county"

class CountyModuleService extends MedusaService({ County }) {}

export default CountyModuleService
