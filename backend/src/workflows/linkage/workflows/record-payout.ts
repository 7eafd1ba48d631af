import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findOwnDocumentStep } from "../steps/create-document"
import { findPayableAgreementStep } from "../steps/find-payable-agreement"
import {
  importPayoutsStep,
  type PayoutRow,
  type RowError,
} from "../steps/import-payouts"
import { recordPayoutStep } from "../steps/record-payout"

export type RecordPayoutInput = {
  cooperative_id: string
  agreement_id: string
  amount: number
  paid_on: Date
  method: "bank_transfer" | "wechat_pay" | "alipay" | "cash"
  reference: string
  note?: string | null
  evidence_document_id?: string | null
  recorded_by: string
}

// A cooperative records money it paid a member under an agreement in force
// that day: the agreement gives the household and the kind. The entry is
// its own record of who recorded it and when (recorded_by, created_at).
export const recordPayoutWorkflow = createWorkflow(
  "record-payout",
  (input: RecordPayoutInput) => {
    findOwnDocumentStep({
      document_id: input.evidence_document_id,
      cooperative_id: input.cooperative_id,
    })
    const agreement = findPayableAgreementStep(input)
    const payout = transform({ input, agreement }, ({ input, agreement }) => ({
      ...input,
      household_id: agreement.household_id,
      kind: agreement.kind,
      entry: "payment" as const,
      reverses_id: null,
    }))
    return new WorkflowResponse(recordPayoutStep(payout))
  }
)

// A file of payments uploaded at once (see importPayoutsStep).
export const importPayoutsWorkflow = createWorkflow(
  "import-payouts",
  (input: {
    cooperative_id: string
    recorded_by: string
    mode: "all_or_nothing" | "good_rows"
    rows: PayoutRow[]
    errors: RowError[]
  }) => {
    return new WorkflowResponse(importPayoutsStep(input))
  }
)
