import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { validateProductOwnerStep } from "../steps/validate-product-owner"

export type CooperativeProductUpdate = {
  title?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  status?: "draft" | "published"
  title_en?: string | null
  description_en?: string | null
}

// A cooperative edits one of its products through Medusa's product workflow.
export const updateCooperativeProductWorkflow = createWorkflow(
  "update-cooperative-product",
  (input: {
    cooperative_id: string
    actor_id: string
    product_id: string
    update: CooperativeProductUpdate
  }) => {
    const before = validateProductOwnerStep(input)
    const update = transform({ input, before }, ({ input, before }) => {
      const { title_en, description_en, ...fields } = input.update
      const metadata = { ...(before.metadata ?? {}) } as Record<string, unknown>
      if (title_en !== undefined) metadata.title_en = title_en
      if (description_en !== undefined) metadata.description_en = description_en
      return {
        selector: { id: input.product_id },
        update: { ...fields, metadata },
      }
    })
    const updated = updateProductsWorkflow.runAsStep({ input: update })
    const audit = transform({ input, before }, ({ input, before }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "product.updated",
      resource_type: "product",
      resource_id: input.product_id,
      cooperative_id: input.cooperative_id,
      before: { title: before.title, status: before.status },
      after: input.update as Record<string, unknown>,
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(updated)
  }
)
