import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, TextAreaField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { errorMessage } from "@/lib/api-error-message"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import {
  useAnswerProposal,
  useVendorJoinRequests,
  type VendorJoinRequest,
} from "../api/join-requests"

// Households the county's reviewer proposed to this cooperative (registered
// households no cooperative reached): accept one and it is a member;
// decline with a reason. Shown only while some wait.
export function AssignmentProposals() {
  const { t, i18n } = useTranslation("households")
  const requests = useVendorJoinRequests()
  const answer = useAnswerProposal()
  const countyLabel = useCountyLabel()
  const [declining, setDeclining] = useState<VendorJoinRequest | null>(null)
  const waiting = (requests.data ?? []).filter(
    (r) => r.initiated_by === "bureau" && r.status === "pending"
  )
  if (!waiting.length) return null
  return (
    <div className="mb-6">
      <Panel title={t("proposals.title")}>
        <p className="mb-3 text-sm text-stone-600">{t("proposals.hint")}</p>
        <ul className="flex flex-col divide-y divide-stone-200">
          {waiting.map((r) => (
            <li
              key={r.id}
              className="flex flex-wrap items-center justify-between gap-3 py-2"
            >
              <span className="text-sm">
                <span className="font-mono">{r.registry_number}</span>
                {r.county_code ? ` · ${countyLabel(r.county_code)}` : ""}
                <span className="text-stone-500">
                  {" "}
                  · {new Date(r.created_at).toLocaleDateString(i18n.language)}
                </span>
                {r.request_note && (
                  <span className="block text-stone-700">{r.request_note}</span>
                )}
              </span>
              <span className="flex gap-2">
                <Button
                  small
                  disabled={answer.isPending}
                  onClick={() =>
                    answer.mutate({ id: r.id, answer: "accept", note: "" })
                  }
                >
                  {t("proposals.accept")}
                </Button>
                <Button
                  small
                  variant="secondary"
                  onClick={() => setDeclining(r)}
                >
                  {t("proposals.decline")}
                </Button>
              </span>
            </li>
          ))}
        </ul>
        <FormError
          message={
            !declining && answer.error ? errorMessage(answer.error, t) : null
          }
        />
        {declining && (
          <DeclineDialog
            request={declining}
            onClose={() => setDeclining(null)}
          />
        )}
      </Panel>
    </div>
  )
}

const schema = z.object({ note: z.string().trim().min(2).max(500) })

function DeclineDialog({
  request,
  onClose,
}: {
  request: VendorJoinRequest
  onClose: () => void
}) {
  const { t } = useTranslation("households")
  const answer = useAnswerProposal()
  const form = useForm<{ note: string }>({
    resolver: zodResolver(schema),
    defaultValues: { note: "" },
  })
  const submit = form.handleSubmit(async ({ note }) => {
    await answer.mutateAsync({ id: request.id, answer: "decline", note })
    onClose()
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t("proposals.declineTitle")}
      description={request.registry_number}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextAreaField
          label={t("proposals.reason")}
          rows={3}
          error={form.formState.errors.note && t("proposals.reasonHint")}
          hint={t("proposals.reasonHint")}
          {...form.register("note")}
        />
        <FormError message={answer.error && errorMessage(answer.error, t)} />
        <DialogActions
          confirmLabel={t("proposals.decline")}
          onCancel={onClose}
          busy={busy}
          variant="danger"
        />
      </form>
    </Dialog>
  )
}
