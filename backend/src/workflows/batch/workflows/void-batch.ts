import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { withdrawBatchObligationsStep } from "../../linkage/steps/withdraw-batch-obligations"
import { validateBatchOwnerStep } from "../steps/validate-batch-owner"
import {
  validateBatchVoidableStep,
  voidBatchStep,
  withdrawBatchStockStep,
} from "../steps/void-batch"

export type VoidBatchWorkflowInput = {
  batch_id: string
  cooperative_id: string
  actor_id: string
  reason: string
}

// Voids a batch recorded in error: only while nothing of it was ever sold
// and no member was paid for it. It is marked voided (orders take nothing
// from it), its units leave the stock, and the purchase obligations it
// created are withdrawn; the audit log keeps what they were. The refusals
// are read first; the writes check again under their locks, and any
// refusal or failure among them undoes all of it.
export const voidBatchWorkflow = createWorkflow(
  "void-batch",
  (input: VoidBatchWorkflowInput) => {
    const batch = validateBatchOwnerStep({
      batch_id: input.batch_id,
      cooperative_id: input.cooperative_id,
    })
    validateBatchVoidableStep({
      batch_id: input.batch_id,
      voided_at: batch.voided_at,
    })
    const voided = voidBatchStep({
      batch_id: input.batch_id,
      cooperative_id: input.cooperative_id,
      reason: input.reason,
    })
    const stock = transform({ input, voided }, ({ input, voided }) => ({
      batch_id: input.batch_id,
      cooperative_id: input.cooperative_id,
      stock_quantity: voided.stock_quantity,
    }))
    withdrawBatchStockStep(stock)
    const obligations = withdrawBatchObligationsStep({
      batch_id: input.batch_id,
    })
    emitEventStep({
      eventName: "batch.voided",
      data: { id: input.batch_id },
    })
    const audit = transform(
      { input, batch, voided, obligations },
      ({ input, batch, voided, obligations }) => ({
        actor_type: "cooperative_user" as const,
        actor_id: input.actor_id,
        action: "batch.voided",
        resource_type: "batch",
        resource_id: batch.id,
        cooperative_id: input.cooperative_id,
        county_code: batch.county_code,
        before: {
          stock_quantity: voided.stock_quantity,
          obligations: obligations.map((o) => ({
            id: o.id,
            household_id: o.household_id,
            amount: o.amount,
          })),
        },
        after: { reason: input.reason },
      })
    )
    recordAuditEntryStep(audit)
    const result = transform(
      { input, voided, obligations },
      ({ input, voided, obligations }) => ({
        id: input.batch_id,
        withdrawn_stock: voided.stock_quantity,
        withdrawn_obligations: obligations.length,
      })
    )
    return new WorkflowResponse(result)
  }
)
