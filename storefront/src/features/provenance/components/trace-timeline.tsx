import { useTranslation } from "react-i18next"
import { formatDate } from "@/lib/money"
import type { TraceEvent } from "../types"

// What happened to a batch, oldest first (GS1 EPCIS-style events). A wrong
// event is never rewritten: it stays, struck through and marked corrected,
// and the correcting event says why.
export function TraceTimeline({ events }: { events: TraceEvent[] }) {
  const { t, i18n } = useTranslation()
  return (
    <ol className="relative ml-2 border-l-2 border-brand-100">
      {events.map((event, i) => {
        const corrected = Boolean(event.corrected_by)
        return (
          <li
            key={event.id ?? `${event.type}-${i}`}
            className="mb-4 ml-4"
            data-testid={
              corrected
                ? "trace-corrected"
                : event.corrects_event_id
                  ? "trace-correction"
                  : undefined
            }
          >
            <span
              aria-hidden
              className={`absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full ${corrected ? "bg-stone-300" : "bg-brand-600"}`}
            />
            <p className="font-medium">
              <span className={corrected ? "text-stone-500 line-through" : ""}>
                {t(`traceEvent.${event.type}`, { defaultValue: event.type })}
              </span>
              {corrected && (
                <span className="ml-2 rounded bg-stone-100 px-1.5 text-xs font-normal text-stone-700">
                  {t("trace.corrected")}
                </span>
              )}
            </p>
            <p
              className={`text-sm ${corrected ? "text-stone-500 line-through" : "text-stone-600"}`}
            >
              <time dateTime={event.occurred_at}>
                {formatDate(event.occurred_at, i18n.language)}
              </time>
              {event.place ? ` · ${event.place}` : ""}
              {event.actor ? ` · ${event.actor}` : ""}
            </p>
            {event.note && (
              <p
                className={`text-sm ${corrected ? "text-stone-500 line-through" : "text-stone-500"}`}
              >
                {event.note}
              </p>
            )}
            {event.correction_reason && (
              <p className="text-sm text-amber-800">
                {t("trace.correctionReason", {
                  reason: event.correction_reason,
                })}
              </p>
            )}
          </li>
        )
      })}
    </ol>
  )
}
