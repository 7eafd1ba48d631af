import type { MedusaContainer } from "@medusajs/framework/types"
import type AttributionModuleService from "../../backend/src/modules/attribution/service"
import type AuditModuleService from "../../backend/src/modules/audit/service"
import type BatchModuleService from "../../backend/src/modules/batch/service"
import type CooperativeModuleService from "../../backend/src/modules/cooperative/service"
import type HouseholdModuleService from "../../backend/src/modules/household/service"

// Typed access to our modules' services, for assertions on what was stored.
export const services = (container: MedusaContainer) => ({
  attribution: () => container.resolve<AttributionModuleService>("attribution"),
  audit: () => container.resolve<AuditModuleService>("audit"),
  batch: () => container.resolve<BatchModuleService>("batch"),
  cooperative: () => container.resolve<CooperativeModuleService>("cooperative"),
  household: () => container.resolve<HouseholdModuleService>("household"),
})
