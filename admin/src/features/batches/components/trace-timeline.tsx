import { useTranslation } from "react-i18next"
import { formatDate, formatDateTime } from "@/lib/format"
import type { TimelineEvent } from "../api/types"

const DOT: Record<TimelineEvent["type"], string> = {
  harvested: "bg-emerald-600",
  inspected: "bg-sky-600",
  packed: "bg-amber-500",
  shipped: "bg-violet-600",
  received: "bg-stone-700",
}

// The batch's EPCIS-like history: what happened, when, where, by whom. A
// corrected event stays, struck through; `onCorrect` offers to correct an
// event no one has corrected yet (the harvest is corrected on the batch).
export function TraceTimeline({
  events,
  onCorrect,
}: {
  events: TimelineEvent[]
  onCorrect?: (event: TimelineEvent) => void
}) {
  const { t, i18n } = useTranslation("batches")
  return (
    <ol className="relative ml-2 border-l border-stone-200">
      {events.map((event, index) => (
        <li
          key={`${event.type}-${event.occurred_at}-${index}`}
          className="mb-5 ml-5"
        >
          <span
            aria-hidden="true"
            className={`absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full ring-4 ring-white ${DOT[event.type]}`}
          />
          <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
            <span
              className={
                event.corrected_by ? "line-through text-stone-500" : ""
              }
            >
              {t(`events.${event.type}`)}
            </span>
            {event.corrected_by && (
              <span className="rounded bg-stone-100 px-1.5 text-xs font-normal text-stone-700">
                {t("correction.corrected")}
              </span>
            )}
            {onCorrect && event.id && !event.corrected_by && (
              <button
                type="button"
                className="text-xs font-normal text-emerald-800 underline"
                onClick={() => onCorrect(event)}
              >
                {t("correction.action")}
              </button>
            )}
          </p>
          <p
            className={`text-sm ${event.corrected_by ? "text-stone-400 line-through" : "text-stone-600"}`}
          >
            <time dateTime={event.occurred_at}>
              {/* The harvest is recorded as a day, the other events to the minute. */}
              {event.type === "harvested"
                ? formatDate(event.occurred_at, i18n.language)
                : formatDateTime(event.occurred_at, i18n.language)}
            </time>
            {" · "}
            {event.place}
            {event.actor && ` · ${event.actor}`}
          </p>
          {event.note && (
            <p className="mt-1 text-sm text-stone-700">{event.note}</p>
          )}
          {event.correction_reason && (
            <p className="mt-1 text-sm text-amber-800">
              {t("correction.reasonShown", { reason: event.correction_reason })}
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
