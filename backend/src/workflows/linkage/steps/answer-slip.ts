import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import type { SlipAnswer } from "../../../modules/linkage/service"

// The household's answer on a slip (see LinkageModuleService.answerSlip):
// append-only, so the only write of its workflow.
export const answerSlipStep = createStep(
  "answer-slip",
  async (input: SlipAnswer, { container }) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    return new StepResponse(await linkage.answerSlip(input))
  }
)
