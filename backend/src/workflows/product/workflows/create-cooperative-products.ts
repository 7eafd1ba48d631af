import type {
  CreateProductWorkflowInputDTO,
  LinkDefinition,
} from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { validateCooperativeApprovedStep } from "../../cooperative/steps/validate-cooperative-approved"

export type CreateCooperativeProductsInput = {
  cooperative_id: string
  actor_id: string
  products: Omit<
    CreateProductWorkflowInputDTO,
    "sales_channels" | "shipping_profile_id"
  >[]
}

// An approved cooperative lists products through Medusa's own product
// workflow; each product is linked to the cooperative and offered in the
// store's sales channel with the default shipping profile.
export const createCooperativeProductsWorkflow = createWorkflow(
  "create-cooperative-products",
  (input: CreateCooperativeProductsInput) => {
    validateCooperativeApprovedStep({ cooperative_id: input.cooperative_id })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["default_sales_channel_id"],
    }).config({ name: "store-defaults" })
    const { data: profiles } = useQueryGraphStep({
      entity: "shipping_profile",
      fields: ["id"],
      filters: { type: "default" },
    }).config({ name: "default-shipping-profile" })
    const products = transform(
      { input, stores, profiles },
      ({ input, stores, profiles }) => ({
        products: input.products.map((product) => ({
          ...product,
          sales_channels: stores.flatMap((store) =>
            store.default_sales_channel_id
              ? [{ id: store.default_sales_channel_id }]
              : []
          ),
          shipping_profile_id: profiles[0]?.id,
        })),
      })
    )
    const created = createProductsWorkflow.runAsStep({ input: products })
    const links = transform(
      { input, created },
      ({ input, created }): LinkDefinition[] =>
        created.map((product) => ({
          [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id },
          product: { product_id: product.id },
        }))
    )
    createRemoteLinkStep(links)
    const audit = transform({ input, created }, ({ input, created }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "product.created",
      resource_type: "product",
      resource_id: created.map((p) => p.id).join(","),
      cooperative_id: input.cooperative_id,
      after: { titles: created.map((p) => p.title) },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(created)
  }
)
