import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findReversiblePayoutStep } from "../steps/find-reversible-payout"
import { recordPayoutStep } from "../steps/record-payout"

// Corrects a payment recorded by mistake: a reversal entry of the same
// amount naming it (the ledger is never edited). Once per payment.
export const reversePayoutWorkflow = createWorkflow(
  "reverse-payout",
  (input: {
    id: string
    cooperative_id: string
    reference: string
    note: string
    recorded_by: string
  }) => {
    const payment = findReversiblePayoutStep(input)
    const reversal = transform({ input, payment }, ({ input, payment }) => ({
      cooperative_id: input.cooperative_id,
      household_id: payment.household_id,
      agreement_id: payment.agreement_id,
      kind: payment.kind,
      entry: "reversal" as const,
      amount: payment.amount,
      paid_on: new Date(payment.paid_on),
      method: payment.method,
      reference: input.reference,
      reverses_id: payment.id,
      note: input.note,
      recorded_by: input.recorded_by,
    }))
    return new WorkflowResponse(recordPayoutStep(reversal))
  }
)
