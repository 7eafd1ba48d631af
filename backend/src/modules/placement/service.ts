import { MedusaService } from "@medusajs/framework/utils"
import { Placement } from "./models/placement"

class PlacementModuleService extends MedusaService({ Placement }) {}

export default PlacementModuleService
