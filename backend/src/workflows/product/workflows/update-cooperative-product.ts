import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createProductVariantsWorkflow,
  setProductProductOptionsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { validateProductOwnerStep } from "../steps/validate-product-owner"

type CnyPrice = { currency_code: "cny"; amount: number }

export type CooperativeProductUpdate = {
  title?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  status?: "draft" | "published"
  title_en?: string | null
  description_en?: string | null
  images?: { url: string; metadata?: { thumbnail_url?: string } | null }[]
  variants?: {
    id: string
    title?: string
    sku?: string | null
    prices?: CnyPrice[]
  }[]
  new_variants?: {
    title: string
    sku?: string | null
    options: Record<string, string>
    prices: CnyPrice[]
    weight?: number | null
  }[]
}

// A cooperative edits one of its products through Medusa's product
// workflows: the product's fields and images, its variants' titles and
// prices (Medusa upserts the price set), and new variants, which manage
// inventory so that batches can stock them.
export const updateCooperativeProductWorkflow = createWorkflow(
  "update-cooperative-product",
  (input: {
    cooperative_id: string
    actor_id: string
    product_id: string
    update: CooperativeProductUpdate
  }) => {
    const ownership = transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      cooperative_id: input.cooperative_id,
      variant_ids: (input.update.variants ?? []).map((v) => v.id),
      option_titles: [
        ...new Set(
          (input.update.new_variants ?? []).flatMap((v) =>
            Object.keys(v.options)
          )
        ),
      ],
    }))
    const before = validateProductOwnerStep(ownership)
    const update = transform({ input, before }, ({ input, before }) => {
      const {
        title_en,
        description_en,
        variants: _variants,
        new_variants: _newVariants,
        ...fields
      } = input.update
      const metadata = { ...(before.metadata ?? {}) } as Record<string, unknown>
      if (title_en !== undefined) metadata.title_en = title_en
      if (description_en !== undefined) metadata.description_en = description_en
      return {
        selector: { id: input.product_id },
        update: { ...fields, metadata },
      }
    })
    const updated = updateProductsWorkflow.runAsStep({ input: update })
    const variantEdits = transform({ input }, ({ input }) => ({
      product_variants: input.update.variants ?? [],
    }))
    when(
      "cooperative-product-variant-edits",
      { variantEdits },
      ({ variantEdits }) => variantEdits.product_variants.length > 0
    ).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: variantEdits })
    })
    // Medusa creates a variant only from option values its product allows:
    // the new variants' values are added to the product's options first
    // (Medusa reuses a value that exists, so no variant loses its own).
    const optionValueAdditions = transform(
      { input, before },
      ({ input, before }) => ({
        product_id: input.product_id,
        update: ((before.options ?? []) as { id: string; title: string }[])
          .map((option) => ({
            product_option_id: option.id,
            add: [
              ...new Set(
                (input.update.new_variants ?? []).flatMap((v) =>
                  v.options[option.title] ? [v.options[option.title]] : []
                )
              ),
            ].map((value) => ({ value })),
          }))
          .filter((option) => option.add.length > 0),
      })
    )
    const variantAdditions = transform({ input }, ({ input }) => ({
      product_variants: (input.update.new_variants ?? []).map((variant) => ({
        ...variant,
        product_id: input.product_id,
        manage_inventory: true,
      })),
    }))
    when(
      "cooperative-product-variant-additions",
      { variantAdditions },
      ({ variantAdditions }) => variantAdditions.product_variants.length > 0
    ).then(() => {
      setProductProductOptionsWorkflow.runAsStep({
        input: optionValueAdditions,
      })
      createProductVariantsWorkflow.runAsStep({ input: variantAdditions })
    })
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
