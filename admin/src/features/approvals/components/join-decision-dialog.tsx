import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, TextAreaField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import {
  type BureauJoinRequest,
  type JoinDecision,
  useDecideJoinRequest,
} from "../api/join-requests"

// A rejection needs a reason; an approval may carry a note.
const schemaFor = (decision: JoinDecision) =>
  z.object({
    note:
      decision === "reject"
        ? z.string().trim().min(1).max(2000)
        : z.string().trim().max(2000),
  })

export function JoinDecisionDialog({
  request,
  decision,
  onClose,
}: {
  request: BureauJoinRequest
  decision: JoinDecision
  onClose: () => void
}) {
  const { t } = useTranslation("approvals")
  const decide = useDecideJoinRequest()
  const form = useForm<{ note: string }>({
    resolver: zodResolver(schemaFor(decision)),
    defaultValues: { note: "" },
  })
  const submit = form.handleSubmit(async ({ note }) => {
    await decide.mutateAsync({ id: request.id, decision, note })
    onClose()
  })
  const busy = form.formState.isSubmitting
  const hint =
    decision === "reject"
      ? t("joins.dialog.noteRequired")
      : t("joins.dialog.noteOptional")
  return (
    <Dialog
      title={t(`joins.dialog.${decision}`)}
      description={t("joins.dialog.description", {
        cooperative: request.cooperative?.name ?? "",
        registry: request.registry_number,
      })}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextAreaField
          label={t("joins.dialog.note")}
          rows={3}
          hint={hint}
          error={form.formState.errors.note && hint}
          {...form.register("note")}
        />
        <FormError message={decide.error && errorMessage(decide.error, t)} />
        <DialogActions
          confirmLabel={t(`joins.${decision}`)}
          onCancel={onClose}
          busy={busy}
          variant={decision === "reject" ? "danger" : "primary"}
        />
      </form>
    </Dialog>
  )
}
