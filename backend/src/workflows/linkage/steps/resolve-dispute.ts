import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { inJurisdiction } from "@tianfu/domain"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { householdCounty } from "../utils/household-county"

// A reviewer decides a disputed answer of a household in their
// jurisdiction (anything else is a 404; an answer decided already, a 409).
// Undone by removing the decision; the audit entry after it is the record.
export const resolveDisputeStep = createStep(
  "resolve-payout-dispute",
  async (
    input: {
      response_id: string
      jurisdiction_code: string
      resolution: "upheld" | "rejected"
      reason: string
      resolved_by: string
    },
    { container }
  ) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const notFound = new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Dispute was not found"
    )
    const [response] = await linkage.listLinkagePayoutResponses(
      { id: input.response_id, outcome: ["not_received", "wrong_amount"] },
      { take: 1 }
    )
    if (!response) throw notFound
    const payout = await linkage.retrieveLinkagePayout(response.payout_id)
    const county = await householdCounty(container, payout.household_id)
    if (!inJurisdiction(county, input.jurisdiction_code)) {
      throw notFound
    }
    const [decided] = await linkage.listLinkageDisputeResolutions(
      { response_id: response.id },
      { take: 1, select: ["id"] }
    )
    if (decided) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This dispute has already been resolved"
      )
    }
    const resolution = await linkage.createLinkageDisputeResolutions({
      response_id: response.id,
      resolution: input.resolution,
      reason: input.reason,
      resolved_by: input.resolved_by,
    })
    return new StepResponse(
      {
        resolution,
        payout,
        county_code: county as string,
      },
      resolution.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.deleteLinkageDisputeResolutions(id)
  }
)
