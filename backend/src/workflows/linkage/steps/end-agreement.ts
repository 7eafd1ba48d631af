import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { householdCounty } from "../utils/household-county"
import { ownAgreement } from "../utils/own-agreement"

// Ends an agreement of the cooperative that is in force; another
// cooperative's (or none) is a 404, an ended one a 409. Undone by putting
// it back in force. Answers the household's county for the audit entry.
export const endAgreementStep = createStep(
  "end-linkage-agreement",
  async (
    input: {
      id: string
      cooperative_id: string
      // A Date, or its ISO text once the workflow engine has serialised it.
      ends_on: Date | string
      end_reason: string
    },
    { container }
  ) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const agreement = await ownAgreement(
      container,
      input.id,
      input.cooperative_id
    )
    if (agreement.ends_on) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The agreement has already ended"
      )
    }
    const endsOn = new Date(input.ends_on)
    if (endsOn < new Date(agreement.starts_on)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "ends_on must not be before the agreement's starts_on"
      )
    }
    const ended = await linkage.updateLinkageAgreements({
      id: agreement.id,
      ends_on: endsOn,
      end_reason: input.end_reason,
    })
    return new StepResponse(
      {
        before: agreement,
        after: ended,
        county_code: await householdCounty(container, agreement.household_id),
      },
      agreement.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.updateLinkageAgreements({
      id,
      ends_on: null,
      end_reason: null,
    })
  }
)
