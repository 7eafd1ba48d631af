import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { householdCounty } from "../utils/household-county"
import { ownAgreement } from "../utils/own-agreement"

// Sets an agreement's signed copy (another cooperative's agreement is a
// 404); undone by putting the previous document back. Answers the
// household's county, whose reviewers read the audit entry.
export const attachAgreementDocumentStep = createStep(
  "attach-agreement-document",
  async (
    input: {
      agreement_id: string
      cooperative_id: string
      document_id: string
    },
    { container }
  ) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const agreement = await ownAgreement(
      container,
      input.agreement_id,
      input.cooperative_id
    )
    const before = (agreement.document_id as string | null) ?? null
    const updated = await linkage.updateLinkageAgreements({
      id: agreement.id,
      document_id: input.document_id,
    })
    return new StepResponse(
      {
        agreement: updated,
        before,
        county_code: await householdCounty(container, agreement.household_id),
      },
      { id: agreement.id, before }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.updateLinkageAgreements({
      id: undo.id,
      document_id: undo.before,
    })
  }
)
