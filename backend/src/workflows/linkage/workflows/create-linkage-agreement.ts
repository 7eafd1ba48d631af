import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  createAgreementStep,
  type CreateAgreementInput,
} from "../steps/create-agreement"
import { findOwnDocumentStep } from "../steps/create-document"
import { findMemberHouseholdStep } from "../steps/find-member-household"

// A cooperative records what it promised a member household (an approved
// cooperative, checked by the route): the household must be its member;
// the agreement and an audit entry for the household's county are written.
export const createLinkageAgreementWorkflow = createWorkflow(
  "create-linkage-agreement",
  (input: CreateAgreementInput) => {
    const household = findMemberHouseholdStep({
      cooperative_id: input.cooperative_id,
      household_id: input.household_id,
    })
    findOwnDocumentStep({
      document_id: input.document_id,
      cooperative_id: input.cooperative_id,
    })
    const agreement = createAgreementStep(input)
    const audit = transform(
      { input, agreement, household },
      ({ input, agreement, household }) => ({
        actor_type: "cooperative_user" as const,
        actor_id: input.created_by,
        action: "linkage_agreement.created",
        resource_type: "linkage_agreement",
        resource_id: agreement.id,
        cooperative_id: input.cooperative_id,
        county_code: household.county_code,
        after: { ...agreement },
      })
    )
    recordAuditEntryStep(audit)
    return new WorkflowResponse(agreement)
  }
)
