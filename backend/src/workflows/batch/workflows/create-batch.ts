import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  adjustInventoryLevelsStep,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { BATCH_MODULE } from "../../../modules/batch"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { validateCooperativeApprovedStep } from "../../cooperative/steps/validate-cooperative-approved"
import { createBatchObligationsStep } from "../../linkage/steps/create-batch-obligations"
import { validatePurchasePriceStep } from "../../linkage/steps/validate-purchase-price"
import { createBatchStep, type CreateBatchInput } from "../steps/create-batch"
import { ensureInventoryLevelStep } from "../steps/ensure-inventory-level"
import {
  type ContributionInput,
  validateBatchStep,
} from "../steps/validate-batch"

export type CreateBatchWorkflowInput = Omit<
  CreateBatchInput,
  "county_code" | "cooperative_id"
> & {
  cooperative_id: string
  actor_id: string
  variant_id: string
  contributions: ContributionInput[]
}

// Records a harvested lot and feeds its stock_quantity into the variant's
// inventory at the cooperative's location, so the shop can never sell more
// than traced stock; with a purchase price, each registered household it
// took produce from is owed contribution × price (never below the floor
// its purchase agreement guarantees). Any failure undoes the batch, link,
// stock change and obligations.
export const createBatchWorkflow = createWorkflow(
  "create-batch",
  (input: CreateBatchWorkflowInput) => {
    validateCooperativeApprovedStep({ cooperative_id: input.cooperative_id })
    const target = validateBatchStep(input)
    const agreements = validatePurchasePriceStep(input)
    const batchInput = transform({ input, target }, ({ input, target }) => {
      const { actor_id: _actor, variant_id: _variant, ...batch } = input
      return { ...batch, county_code: target.county_code }
    })
    const batch = createBatchStep(batchInput)
    const link = transform(
      { input, batch },
      ({ input, batch }): LinkDefinition[] => [
        {
          [Modules.PRODUCT]: { product_variant_id: input.variant_id },
          [BATCH_MODULE]: { batch_id: batch.id },
        },
      ]
    )
    createRemoteLinkStep(link)
    ensureInventoryLevelStep(target)
    const adjustment = transform({ input, target }, ({ input, target }) => [
      {
        inventory_item_id: target.inventory_item_id,
        location_id: target.location_id,
        adjustment: input.stock_quantity,
      },
    ])
    adjustInventoryLevelsStep(adjustment)
    createBatchObligationsStep({
      batch,
      contributions: input.contributions,
      agreements,
    })
    emitEventStep({ eventName: "batch.created", data: { id: batch.id } })
    const audit = transform({ input, batch }, ({ input, batch }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "batch.created",
      resource_type: "batch",
      resource_id: batch.id,
      cooperative_id: input.cooperative_id,
      county_code: batch.county_code,
      after: {
        variant_id: input.variant_id,
        quantity: batch.quantity,
        unit: batch.unit,
        stock_quantity: batch.stock_quantity,
        purchase_price: batch.purchase_price ?? null,
        contributions: input.contributions.length,
      },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(batch)
  }
)
