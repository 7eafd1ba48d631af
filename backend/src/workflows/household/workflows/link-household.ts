import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { findHouseholdByIdentityStep } from "../steps/find-household-by-identity"

// A second cooperative adds an already registered household as a member.
export const linkHouseholdWorkflow = createWorkflow(
  "link-household",
  (input: {
    cooperative_id: string
    actor_id: string
    registry_number: string
    id_number_hash: string
  }) => {
    const household = findHouseholdByIdentityStep(input)
    const membership = transform(
      { input, household },
      ({ input, household }): LinkDefinition[] => [
        {
          [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id },
          [HOUSEHOLD_MODULE]: { household_id: household.id },
        },
      ]
    )
    createRemoteLinkStep(membership)
    const audit = transform({ input, household }, ({ input, household }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "household.membership_added",
      resource_type: "household",
      resource_id: household.id,
      cooperative_id: input.cooperative_id,
      county_code: household.county_code,
      after: {
        registry_number: household.registry_number,
        id_number: household.id_number_masked,
      },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(household)
  }
)
