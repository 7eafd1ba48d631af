import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import { SelectField, TextAreaField, TextField } from "@/components/field"
import { useAppendTraceEvent } from "../api/append-trace-event"
import { TRACE_EVENT_TYPES, type TimelineEvent } from "../api/types"

const TraceEventSchema = z.object({
  type: z.enum(TRACE_EVENT_TYPES),
  occurred_at: z.string().min(1, "required"),
  place: z.string().trim().min(1, "required").max(200, "tooLong"),
  actor: z.string().max(200, "tooLong"),
  note: z.string().max(2000, "tooLong"),
  // Only when correcting an event.
  reason: z.string().max(500, "tooLong"),
})
type TraceEventValues = z.infer<typeof TraceEventSchema>

// Now, in the browser's local time, as a datetime-local value.
function localNow() {
  const now = new Date()
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset())
  return now.toISOString().slice(0, 16)
}

// The datetime-local value of an event's time, in the browser's zone.
function localValue(iso: string) {
  const at = new Date(iso)
  at.setMinutes(at.getMinutes() - at.getTimezoneOffset())
  return at.toISOString().slice(0, 16)
}

// Appends one event (inspected, packed, shipped, received) to the timeline;
// given `correcting`, a correcting event for that one, filled with its
// values to change, and the reason (required).
export function TraceEventForm({
  batchId,
  correcting,
  onDone,
}: {
  batchId: string
  correcting?: TimelineEvent | null
  onDone?: () => void
}) {
  const { t } = useTranslation("batches")
  const append = useAppendTraceEvent(batchId)
  const form = useForm<TraceEventValues>({
    resolver: zodResolver(TraceEventSchema),
    defaultValues: correcting
      ? {
          type: correcting.type === "harvested" ? "inspected" : correcting.type,
          occurred_at: localValue(correcting.occurred_at),
          place: correcting.place,
          actor: correcting.actor ?? "",
          note: correcting.note ?? "",
          reason: "",
        }
      : {
          type: "packed",
          occurred_at: localNow(),
          place: "",
          actor: "",
          note: "",
          reason: "",
        },
  })
  const errors = form.formState.errors
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)

  const submit = form.handleSubmit(async (values) => {
    if (correcting?.id && values.reason.trim().length < 2) {
      form.setError("reason", { message: "reasonRequired" })
      return
    }
    await append.mutateAsync({
      ...(correcting?.id
        ? {
            corrects: { event_id: correcting.id, reason: values.reason.trim() },
          }
        : {}),
      type: values.type,
      occurred_at: new Date(values.occurred_at).toISOString(),
      place: values.place.trim(),
      ...(values.actor.trim() ? { actor: values.actor.trim() } : {}),
      note: values.note.trim() || null,
    })
    form.reset({
      ...values,
      place: "",
      note: "",
      reason: "",
      occurred_at: localNow(),
    })
    onDone?.()
  })

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <SelectField
        label={t("eventForm.type")}
        options={TRACE_EVENT_TYPES.map((type) => ({
          value: type,
          label: t(`events.${type}`),
        }))}
        {...form.register("type")}
      />
      <TextField
        label={t("eventForm.occurredAt")}
        type="datetime-local"
        error={message(errors.occurred_at?.message)}
        {...form.register("occurred_at")}
      />
      <TextField
        label={t("eventForm.place")}
        error={message(errors.place?.message)}
        {...form.register("place")}
      />
      <TextField
        label={t("eventForm.actor")}
        hint={t("eventForm.actorHint")}
        error={message(errors.actor?.message)}
        {...form.register("actor")}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          label={t("eventForm.note")}
          rows={2}
          error={message(errors.note?.message)}
          {...form.register("note")}
        />
      </div>
      {correcting && (
        <div className="sm:col-span-2">
          <TextAreaField
            label={t("correction.reason")}
            hint={t("correction.reasonHint")}
            rows={2}
            error={message(errors.reason?.message)}
            {...form.register("reason")}
          />
        </div>
      )}
      <FormFooter
        className="sm:col-span-2"
        error={append.error}
        busy={form.formState.isSubmitting}
        label={correcting ? t("correction.submit") : t("eventForm.submit")}
        busyLabel={t("eventForm.submitting")}
      />
    </form>
  )
}
