import { zodResolver } from "@hookform/resolvers/zod"
import { IDENTITY_REVEAL_PURPOSES } from "@tianfu/domain"
import { useCallback, useEffect, useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { Dialog } from "@/components/dialog"
import { FormError, SelectField, TextField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { ApiError } from "@/lib/api-client"
import { errorMessage } from "@/lib/api-error-message"
import { useRevealHouseholdIdentity } from "../api/reveal-household-identity"

// How long an identity stays on screen before it is hidden again.
const SHOWN_SECONDS = 60

const RevealSchema = z.object({
  purpose: z.union([z.literal(""), z.enum(IDENTITY_REVEAL_PURPOSES)]),
  note: z.string().trim().max(200),
})
type RevealValues = z.infer<typeof RevealSchema>

// Checking a household against the national registry: the reviewer states
// why, the server audits it, and the identity shows for a minute.
export function HouseholdIdentityReveal({
  householdId,
}: {
  householdId: string
}) {
  const { t } = useTranslation("approvals")
  const reveal = useRevealHouseholdIdentity()
  const [asking, setAsking] = useState(false)
  // Seconds until the identity is hidden again; null when none is shown.
  const [left, setLeft] = useState<number | null>(null)
  const form = useForm<RevealValues>({
    resolver: zodResolver(RevealSchema),
    defaultValues: { purpose: "", note: "" },
  })

  const { reset } = reveal
  const hide = useCallback(() => {
    reset()
    setLeft(null)
  }, [reset])
  useEffect(() => {
    if (left === null) return
    if (left <= 0) {
      hide()
      return
    }
    const timer = setTimeout(() => setLeft((s) => (s ?? 1) - 1), 1000)
    return () => clearTimeout(timer)
  }, [left, hide])
  // Leaving the page hides it too.
  useEffect(() => () => reset(), [reset])

  const submit = form.handleSubmit(async ({ purpose, note }) => {
    if (!purpose) {
      form.setError("purpose", { message: "required" })
      return
    }
    await reveal.mutateAsync({ id: householdId, purpose, note })
    setAsking(false)
    form.reset()
    setLeft(SHOWN_SECONDS)
  })

  const failure =
    reveal.error instanceof ApiError && reveal.error.status === 429
      ? t("reveal.tooMany")
      : reveal.error && errorMessage(reveal.error, t)
  const identity = reveal.data

  return (
    <Panel
      title={t("reveal.title")}
      actions={
        identity ? (
          <Button variant="secondary" small onClick={hide}>
            {t("reveal.hide")}
          </Button>
        ) : (
          <Button variant="secondary" small onClick={() => setAsking(true)}>
            {t("reveal.open")}
          </Button>
        )
      }
    >
      <p className="text-sm text-stone-600">{t("reveal.explain")}</p>
      {identity && (
        <div
          role="status"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-stone-500">{t("reveal.headName")}</dt>
              <dd>{identity.head_name}</dd>
            </div>
            <div>
              <dt className="text-stone-500">{t("reveal.idNumber")}</dt>
              <dd className="font-mono">{identity.id_number}</dd>
            </div>
            <div>
              <dt className="text-stone-500">{t("reveal.phone")}</dt>
              <dd className="font-mono">{identity.phone ?? "—"}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-amber-900">
            {t("reveal.shown", {
              purpose: t(`reveal.purposes.${identity.purpose}`),
              seconds: left ?? 0,
            })}
          </p>
        </div>
      )}
      {!asking && (
        <div className="mt-3">
          <FormError message={failure} />
        </div>
      )}
      {asking && (
        <Dialog
          title={t("reveal.dialogTitle")}
          description={t("reveal.dialogDescription")}
          busy={form.formState.isSubmitting}
          onClose={() => setAsking(false)}
        >
          <form onSubmit={submit} noValidate className="flex flex-col gap-3">
            <SelectField
              label={t("reveal.purpose")}
              error={form.formState.errors.purpose && t("reveal.purposeError")}
              options={[
                { value: "", label: t("reveal.pickPurpose") },
                ...IDENTITY_REVEAL_PURPOSES.map((value) => ({
                  value,
                  label: t(`reveal.purposes.${value}`),
                })),
              ]}
              {...form.register("purpose")}
            />
            <TextField
              label={t("reveal.note")}
              maxLength={200}
              error={form.formState.errors.note && t("reveal.noteError")}
              {...form.register("note")}
            />
            <FormError message={failure} />
            <div className="flex justify-end gap-2">
              <Button
                type="button"
                variant="secondary"
                onClick={() => setAsking(false)}
              >
                {t("reveal.cancel")}
              </Button>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                {t("reveal.confirm")}
              </Button>
            </div>
          </form>
        </Dialog>
      )}
    </Panel>
  )
}
