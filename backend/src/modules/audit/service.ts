import { MedusaService } from "@medusajs/framework/utils"
import { AuditEntry } from "./models/audit-entry"

class AuditModuleService extends MedusaService({ AuditEntry }) {}

export default AuditModuleService
