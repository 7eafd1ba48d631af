import { useTranslation } from "react-i18next"
import { formatDate } from "@/lib/money"
import type { TraceEvent } from "../types"

// What happened to a batch, oldest first (GS1 EPCIS-style events).
export function TraceTimeline({ events }: { events: TraceEvent[] }) {
  const { t, i18n } = useTranslation()
  return (
    <ol className="relative ml-2 border-l-2 border-brand-100">
      {events.map((event, i) => (
        <li key={`${event.type}-${i}`} className="mb-4 ml-4">
          <span
            aria-hidden
            className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-brand-600"
          />
          <p className="font-medium">
            {t(`traceEvent.${event.type}`, { defaultValue: event.type })}
          </p>
          <p className="text-sm text-stone-600">
            <time dateTime={event.occurred_at}>
              {formatDate(event.occurred_at, i18n.language)}
            </time>
            {event.place ? ` · ${event.place}` : ""}
            {event.actor ? ` · ${event.actor}` : ""}
          </p>
          {event.note && <p className="text-sm text-stone-500">{event.note}</p>}
        </li>
      ))}
    </ol>
  )
}
