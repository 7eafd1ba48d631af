import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, TextAreaField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import {
  type CooperativeDecision,
  useChangeCooperativeStatus,
} from "../api/change-cooperative-status"

// Approving may carry a note; suspending must say why (the API wants ≥ 2 characters).
const schemas = {
  approve: z.object({ reason: z.string().trim().max(2000) }),
  suspend: z.object({ reason: z.string().trim().min(2).max(2000) }),
}
type DecisionValues = { reason: string }

export function CooperativeDecisionDialog({
  cooperative,
  decision,
  onClose,
  onDone,
}: {
  cooperative: { id: string; name: string }
  decision: CooperativeDecision
  onClose: () => void
  onDone?: () => void
}) {
  const { t } = useTranslation("approvals")
  const change = useChangeCooperativeStatus()
  const form = useForm<DecisionValues>({
    resolver: zodResolver(schemas[decision]),
    defaultValues: { reason: "" },
  })
  const submit = form.handleSubmit(async ({ reason }) => {
    await change.mutateAsync({ id: cooperative.id, decision, reason })
    onDone?.()
    onClose()
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t(`cooperativeDialog.${decision}.title`)}
      description={t(`cooperativeDialog.${decision}.description`, {
        name: cooperative.name,
      })}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextAreaField
          label={t(`cooperativeDialog.${decision}.reason`)}
          rows={3}
          error={
            form.formState.errors.reason &&
            t(`cooperativeDialog.${decision}.reasonError`)
          }
          {...form.register("reason")}
        />
        <FormError message={change.error && errorMessage(change.error, t)} />
        <DialogActions
          confirmLabel={t(`cooperativeDialog.${decision}.confirm`)}
          onCancel={onClose}
          busy={busy}
          variant={decision === "suspend" ? "danger" : "primary"}
        />
      </form>
    </Dialog>
  )
}
