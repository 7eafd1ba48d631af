import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, SelectField, TextField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { yuanToFen } from "@/lib/money"
import { type LinkageKind, useCreateAgreement } from "../api/linkage"

const yuan = z.string().regex(/^\d+(\.\d{1,2})?$/)

const schema = z.object({
  household_id: z.string().min(1),
  kind: z.enum(["purchase", "wage", "dividend", "land_rent"]),
  starts_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  amount: yuan,
  unit: z.enum(["kg", "g", "piece", "l"]),
  // Shares (dividend per share) or hundredths of a mu (land rent).
  quantity: z.string().regex(/^\d*$/),
})

type Values = z.infer<typeof schema>

// The terms one amount and one quantity carry for each kind: a floor per
// unit; a wage per day; a dividend per share × shares; a rent per mu ×
// area (entered in mu, sent in hundredths).
function termsOf(values: Values) {
  const fen = yuanToFen(Number(values.amount))
  const count = Number(values.quantity || 0)
  const terms: Record<LinkageKind, Record<string, unknown>> = {
    purchase: { floor_price: fen, unit: values.unit },
    wage: { daily_wage: fen },
    dividend: { per_share_amount: fen, shares: count },
    land_rent: { rent_per_mu: fen, area_centi_mu: count },
  }
  return terms[values.kind]
}

export function AgreementDialog({
  households,
  onClose,
}: {
  households: { id: string; label: string }[]
  onClose: () => void
}) {
  const { t } = useTranslation("linkage")
  const create = useCreateAgreement()
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      household_id: households[0]?.id ?? "",
      kind: "purchase",
      starts_on: new Date().toISOString().slice(0, 10),
      amount: "",
      unit: "kg",
      quantity: "",
    },
  })
  const kind = form.watch("kind")
  const submit = form.handleSubmit(async (values) => {
    await create.mutateAsync({
      household_id: values.household_id,
      kind: values.kind,
      starts_on: values.starts_on,
      ...termsOf(values),
    })
    onClose()
  })
  const busy = form.formState.isSubmitting
  const errors = form.formState.errors
  return (
    <Dialog title={t("agreements.new")} onClose={onClose} busy={busy}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <SelectField
          label={t("agreements.household")}
          options={households.map((h) => ({ value: h.id, label: h.label }))}
          {...form.register("household_id")}
        />
        <SelectField
          label={t("agreements.kind")}
          options={(["purchase", "wage", "dividend", "land_rent"] as const).map(
            (value) => ({ value, label: t(`kind.${value}`) })
          )}
          {...form.register("kind")}
        />
        <TextField
          label={t(`agreements.amount.${kind}`)}
          inputMode="decimal"
          error={errors.amount && t("agreements.amountHint")}
          {...form.register("amount")}
        />
        {kind === "purchase" && (
          <SelectField
            label={t("agreements.unit")}
            options={(["kg", "g", "piece", "l"] as const).map((value) => ({
              value,
              label: value,
            }))}
            {...form.register("unit")}
          />
        )}
        {(kind === "dividend" || kind === "land_rent") && (
          <TextField
            label={t(`agreements.quantity.${kind}`)}
            inputMode="numeric"
            {...form.register("quantity")}
          />
        )}
        <TextField
          label={t("agreements.startsOn")}
          type="date"
          {...form.register("starts_on")}
        />
        <FormError message={create.error && errorMessage(create.error, t)} />
        <DialogActions
          confirmLabel={t("agreements.create")}
          onCancel={onClose}
          busy={busy}
        />
      </form>
    </Dialog>
  )
}
