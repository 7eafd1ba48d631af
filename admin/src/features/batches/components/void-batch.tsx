import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, TextAreaField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import type { BatchDetail } from "../api/types"
import { useVoidBatch } from "../api/void-batch"

// "Void this batch": for a batch recorded in error. The reason is kept on
// the batch and shown on its trace page; the API refuses once any of it
// was sold or a member was paid for it, and the dialog says so.
export function VoidBatch({ batch }: { batch: BatchDetail }) {
  const { t } = useTranslation("batches")
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [touched, setTouched] = useState(false)
  const voiding = useVoidBatch(batch.id)
  const reasonError =
    reason.trim().length < 2 ? t("void.reasonRequired") : undefined
  const close = () => {
    setOpen(false)
    setTouched(false)
    voiding.reset()
  }
  if (batch.voided_at) return null
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("void.button")}
      </Button>
      {open && (
        <Dialog
          title={t("void.title", { code: batch.trace_code })}
          description={t("void.intro")}
          onClose={close}
          busy={voiding.isPending}
        >
          <form
            className="flex flex-col gap-3"
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              setTouched(true)
              if (reasonError) return
              voiding.mutate(reason.trim(), { onSuccess: close })
            }}
          >
            <TextAreaField
              label={t("void.reason")}
              value={reason}
              rows={3}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
              hint={t("void.reasonHint")}
              error={touched ? reasonError : undefined}
            />
            <FormError
              message={voiding.error ? errorMessage(voiding.error, t) : null}
            />
            <DialogActions
              variant="danger"
              confirmLabel={
                voiding.isPending ? t("void.voiding") : t("void.confirm")
              }
              onCancel={close}
              busy={voiding.isPending}
            />
          </form>
        </Dialog>
      )}
    </>
  )
}
