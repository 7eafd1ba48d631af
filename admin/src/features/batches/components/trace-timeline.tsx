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

// The batch's EPCIS-like history: what happened, when, where, by whom.
export function TraceTimeline({ events }: { events: TimelineEvent[] }) {
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
          <p className="font-medium text-stone-900">
            {t(`events.${event.type}`)}
          </p>
          <p className="text-sm text-stone-600">
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
        </li>
      ))}
    </ol>
  )
}
