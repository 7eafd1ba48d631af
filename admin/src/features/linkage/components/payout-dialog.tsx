import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, SelectField, TextField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { yuanToFen } from "@/lib/money"
import {
  type PayoutMethod,
  uploadDocument,
  useRecordPayout,
} from "../api/linkage"
import { DOCUMENT_ACCEPT } from "./document-link"

const METHODS: PayoutMethod[] = [
  "bank_transfer",
  "wechat_pay",
  "alipay",
  "cash",
]

const schema = z.object({
  agreement_id: z.string().min(1),
  amount: z.string().regex(/^\d+(\.\d{1,2})?$/),
  paid_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  method: z.enum(["bank_transfer", "wechat_pay", "alipay", "cash"]),
  reference: z.string().trim().min(1).max(100),
})

type Values = z.infer<typeof schema>

// Money paid to a member under one of its agreements in force; the backend
// settles what the cooperative owes that member, oldest first.
export function PayoutDialog({
  agreements,
  onClose,
}: {
  agreements: { id: string; label: string }[]
  onClose: () => void
}) {
  const { t } = useTranslation("linkage")
  const record = useRecordPayout()
  // The receipt (optional): uploaded first, then named by the payment.
  const [receipt, setReceipt] = useState<File | null>(null)
  const [uploadError, setUploadError] = useState<unknown>(null)
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      agreement_id: agreements[0]?.id ?? "",
      amount: "",
      paid_on: new Date().toISOString().slice(0, 10),
      method: "bank_transfer",
      reference: "",
    },
  })
  const submit = form.handleSubmit(async (values) => {
    setUploadError(null)
    let evidence: string | undefined
    if (receipt) {
      try {
        evidence = (await uploadDocument(receipt)).id
      } catch (error) {
        setUploadError(error)
        return
      }
    }
    await record.mutateAsync({
      ...values,
      amount: yuanToFen(Number(values.amount)),
      ...(evidence ? { evidence_document_id: evidence } : {}),
    })
    onClose()
  })
  const busy = form.formState.isSubmitting
  const errors = form.formState.errors
  return (
    <Dialog title={t("payouts.new")} onClose={onClose} busy={busy}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <SelectField
          label={t("payouts.agreement")}
          options={agreements.map((a) => ({ value: a.id, label: a.label }))}
          {...form.register("agreement_id")}
        />
        <TextField
          label={t("payouts.amount")}
          inputMode="decimal"
          error={errors.amount && t("agreements.amountHint")}
          {...form.register("amount")}
        />
        <TextField
          label={t("payouts.paidOn")}
          type="date"
          {...form.register("paid_on")}
        />
        <SelectField
          label={t("payouts.method")}
          options={METHODS.map((value) => ({
            value,
            label: t(`method.${value}`),
          }))}
          {...form.register("method")}
        />
        <TextField
          label={t("payouts.reference")}
          hint={t("payouts.referenceHint")}
          error={errors.reference && t("payouts.referenceHint")}
          {...form.register("reference")}
        />
        <TextField
          label={t("documents.receipt")}
          hint={t("documents.receiptHint")}
          type="file"
          accept={DOCUMENT_ACCEPT}
          onChange={(event) => setReceipt(event.target.files?.[0] ?? null)}
        />
        <FormError
          message={
            uploadError
              ? errorMessage(uploadError, t)
              : record.error && errorMessage(record.error, t)
          }
        />
        <DialogActions
          confirmLabel={t("payouts.record")}
          onCancel={onClose}
          busy={busy}
        />
      </form>
    </Dialog>
  )
}
