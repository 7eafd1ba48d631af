import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, TextAreaField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import {
  type VerificationDecision,
  useVerifyHousehold,
} from "../api/verify-household"

const VerifySchema = z.object({ note: z.string().trim().max(2000) })
type VerifyValues = z.infer<typeof VerifySchema>

export function HouseholdVerifyDialog({
  household,
  decision,
  onClose,
}: {
  household: { id: string; registry_number: string }
  decision: VerificationDecision
  onClose: () => void
}) {
  const { t } = useTranslation("approvals")
  const verify = useVerifyHousehold()
  const form = useForm<VerifyValues>({
    resolver: zodResolver(VerifySchema),
    defaultValues: { note: "" },
  })
  const submit = form.handleSubmit(async ({ note }) => {
    await verify.mutateAsync({ id: household.id, decision, note })
    onClose()
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t(`householdDialog.${decision}.title`)}
      description={t("householdDialog.description", {
        registry: household.registry_number,
      })}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextAreaField
          label={t("householdDialog.note")}
          rows={3}
          error={form.formState.errors.note && t("householdDialog.noteError")}
          {...form.register("note")}
        />
        <FormError message={verify.error && errorMessage(verify.error, t)} />
        <DialogActions
          confirmLabel={t(`householdDialog.${decision}.confirm`)}
          onCancel={onClose}
          busy={busy}
          variant={decision === "rejected" ? "danger" : "primary"}
        />
      </form>
    </Dialog>
  )
}
