import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeCertification } from "./models/cooperative-certification"
import { CooperativeInvite } from "./models/cooperative-invite"
import { CooperativeUser } from "./models/cooperative-user"

class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeCertification,
  CooperativeUser,
  CooperativeInvite,
}) {}

export default CooperativeModuleService
