import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

// Selling (products, batches) needs a cooperative a bureau has approved.
export const validateCooperativeApprovedStep = createStep(
  "validate-cooperative-approved",
  async (input: { cooperative_id: string }, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const cooperative = await cooperatives.retrieveCooperative(
      input.cooperative_id
    )
    if (cooperative.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The cooperative is ${cooperative.status}; only an approved cooperative can do this`
      )
    }
    return new StepResponse(cooperative)
  }
)
