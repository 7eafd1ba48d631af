import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { createCooperativeStep } from "../steps/create-cooperative"
import {
  createCooperativeActor,
  type CooperativeActorInput,
} from "../create-cooperative-actor"
import {
  type CooperativeRegistration,
  validateCooperativeRegistrationStep,
} from "../steps/validate-cooperative-registration"

export type RegisterCooperativeInput = CooperativeActorInput & {
  cooperative: CooperativeRegistration
}

// Self-registration: a pending cooperative, its owner, the owner's auth
// identity bound to the new `cooperative_user`, and the cooperative's own
// stock location (in the store's sales channel) where its batches will land.
export const registerCooperativeWorkflow = createWorkflow(
  "register-cooperative",
  (input: RegisterCooperativeInput) => {
    validateCooperativeRegistrationStep({
      cooperative: input.cooperative,
      email: input.email,
    })
    const cooperative = createCooperativeStep(input.cooperative)
    const membership = transform({ cooperative }, ({ cooperative }) => ({
      cooperative_id: cooperative.id,
      role: "owner" as const,
    }))
    const user = createCooperativeActor(input, membership)

    const locationInput = transform({ cooperative }, ({ cooperative }) => ({
      locations: [
        {
          name: `${cooperative.name} (${cooperative.handle})`,
          address: {
            address_1: "",
            country_code: "CN",
            postal_code: cooperative.county_code,
          },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({
      input: locationInput,
    })
    const links = transform(
      { cooperative, locations },
      ({ cooperative, locations }): LinkDefinition[] => [
        {
          [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
        },
      ]
    )
    createRemoteLinkStep(links)
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    })
    const salesChannelLink = transform(
      { stores, locations },
      ({ stores, locations }) => ({
        id: locations[0].id,
        add: stores
          .map(
            (store: { default_sales_channel_id?: string | null }) =>
              store.default_sales_channel_id
          )
          .filter((id: string | null | undefined): id is string => !!id),
      })
    )
    linkSalesChannelsToStockLocationWorkflow.runAsStep({
      input: salesChannelLink,
    })
    const audit = transform({ cooperative, user }, ({ cooperative, user }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: user.id,
      action: "cooperative.registered",
      resource_type: "cooperative",
      resource_id: cooperative.id,
      cooperative_id: cooperative.id,
      county_code: cooperative.county_code,
      after: {
        name: cooperative.name,
        credit_code: cooperative.credit_code,
        status: cooperative.status,
      },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse({ cooperative, user })
  }
)
