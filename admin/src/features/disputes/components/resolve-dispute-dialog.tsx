import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, TextAreaField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { formatFen } from "@/lib/money"
import { type PayoutDispute, useResolveDispute } from "../api/payout-disputes"

const schema = z.object({ reason: z.string().trim().min(2).max(1000) })

export function ResolveDisputeDialog({
  dispute,
  resolution,
  onClose,
}: {
  dispute: PayoutDispute
  resolution: "upheld" | "rejected"
  onClose: () => void
}) {
  const { t } = useTranslation("disputes")
  const resolve = useResolveDispute()
  const form = useForm<{ reason: string }>({
    resolver: zodResolver(schema),
    defaultValues: { reason: "" },
  })
  const submit = form.handleSubmit(async ({ reason }) => {
    await resolve.mutateAsync({ id: dispute.id, resolution, reason })
    onClose()
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t(`dialog.${resolution}`)}
      description={t("dialog.description", {
        cooperative: dispute.cooperative?.name ?? "",
        household: dispute.household?.head_name ?? "",
        amount: dispute.payout ? formatFen(dispute.payout.amount) : "",
      })}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextAreaField
          label={t("dialog.reason")}
          rows={3}
          hint={t("dialog.reasonHint")}
          error={form.formState.errors.reason && t("dialog.reasonHint")}
          {...form.register("reason")}
        />
        <FormError message={resolve.error && errorMessage(resolve.error, t)} />
        <DialogActions
          confirmLabel={t(`resolve.${resolution}`)}
          onCancel={onClose}
          busy={busy}
          variant={resolution === "upheld" ? "primary" : "danger"}
        />
      </form>
    </Dialog>
  )
}
