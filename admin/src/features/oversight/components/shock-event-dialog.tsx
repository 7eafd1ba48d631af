import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { z } from "zod"
import { SHOCK_KINDS } from "@tianfu/domain"
import { Button } from "@/components/button"
import { Dialog, DialogActions } from "@/components/dialog"
import {
  FormError,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/field"
import { errorMessage, fieldOfError } from "@/lib/api-error-message"
import { type ShockEventInput, useRecordShockEvent } from "../api/streams"

// Today in Beijing, as YYYY-MM-DD (the latest day an event can be on).
const today = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date()
  )

const schema = z.object({
  kind: z.union([z.literal(""), z.enum(SHOCK_KINDS)]).refine((v) => v !== ""),
  occurred_on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((v) => v >= "2013-01-01" && v <= today()),
  description: z.string().trim().max(1000),
})
type ShockForm = Omit<ShockEventInput, "kind"> & {
  kind: ShockEventInput["kind"] | ""
}
const FIELDS = ["kind", "occurred_on", "description"] as const

// Illness, disability, disaster or an accident in the household: recorded,
// it opens a sudden-hardship case (or joins the household's open one).
export function ShockEventDialog({
  householdId,
  onClose,
}: {
  householdId: string
  onClose: () => void
}) {
  const { t } = useTranslation("oversight")
  const record = useRecordShockEvent(householdId)
  const [recorded, setRecorded] = useState<{
    caseId: string
    opened: boolean
  } | null>(null)
  const form = useForm<ShockForm>({
    resolver: zodResolver(schema),
    defaultValues: { kind: "", occurred_on: today(), description: "" },
  })
  const submit = form.handleSubmit(async (values) => {
    try {
      const answer = await record.mutateAsync({
        ...values,
        kind: values.kind as ShockEventInput["kind"],
      })
      setRecorded({
        caseId: answer.shock_event.case_id,
        opened: answer.case_opened,
      })
    } catch (error) {
      const field = fieldOfError(error, FIELDS)
      if (field)
        form.setError(field, {
          type: "server",
          message: errorMessage(error, t),
        })
    }
  })
  const errors = form.formState.errors
  const message = (field: (typeof FIELDS)[number], fallback: string) => {
    const error = errors[field]
    if (!error) return undefined
    return error.type === "server" ? error.message : t(fallback)
  }
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t("shock.title")}
      description={t("shock.help")}
      onClose={onClose}
      busy={busy}
    >
      {recorded ? (
        <div className="flex flex-col gap-4">
          <p role="status" className="text-sm text-emerald-800">
            {recorded.opened ? t("shock.opened") : t("shock.joined")}{" "}
            <Link
              to={`/bureau/oversight/cases?status=all&case=${recorded.caseId}`}
              className="font-medium underline"
            >
              {t("shock.toCase")}
            </Link>
          </p>
          <div className="flex justify-end">
            <Button onClick={onClose}>{t("common:actions.close")}</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <SelectField
            label={t("shock.kind")}
            options={[
              { value: "", label: t("resolve.choose") },
              ...SHOCK_KINDS.map((value) => ({
                value,
                label: t(`shockKind.${value}`),
              })),
            ]}
            error={message("kind", "shock.kindRequired")}
            {...form.register("kind")}
          />
          <TextField
            label={t("shock.occurredOn")}
            type="date"
            max={today()}
            error={message("occurred_on", "shock.dateError")}
            {...form.register("occurred_on")}
          />
          <TextAreaField
            label={t("shock.descriptionOptional")}
            rows={3}
            error={message("description", "shock.descriptionError")}
            {...form.register("description")}
          />
          <FormError
            message={
              record.error && !fieldOfError(record.error, FIELDS)
                ? errorMessage(record.error, t)
                : null
            }
          />
          <DialogActions
            confirmLabel={t("shock.submit")}
            onCancel={onClose}
            busy={busy}
          />
        </form>
      )}
    </Dialog>
  )
}
