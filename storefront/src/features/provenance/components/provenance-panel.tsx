import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { pick } from "@/i18n"
import { formatDate, formatFen } from "@/lib/money"
import type { Provenance, TraceEvent } from "../types"
import { CertificationBadges } from "./certification-badges"
import { TraceTimeline } from "./trace-timeline"

// Whose harvest this is: cooperative, county, the batches in stock and how
// many registered households supplied them (a count, never who).
export function ProvenancePanel({
  provenance,
  timeline,
}: {
  provenance: Provenance
  timeline: TraceEvent[]
}) {
  const { t, i18n } = useTranslation()
  const { county, cooperative } = provenance
  const lang = i18n.language
  return (
    <section
      aria-labelledby="provenance-title"
      className="rounded-lg bg-white p-4 ring-1 ring-stone-200"
      data-testid="provenance"
    >
      <h2 id="provenance-title" className="text-lg font-semibold">
        {t("provenance.title")}
      </h2>
      {provenance.registered_households > 0 && (
        <p className="mt-2 rounded bg-brand-50 p-2 text-brand-800">
          {t("provenance.supports", {
            count: provenance.registered_households,
          })}
        </p>
      )}
      {provenance.guaranteed_floor && (
        <p
          className="mt-2 text-sm text-brand-800"
          data-testid="guaranteed-floor"
        >
          {t("provenance.floor", {
            price: formatFen(provenance.guaranteed_floor.amount, i18n.language),
            unit: provenance.guaranteed_floor.unit,
          })}
        </p>
      )}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">{t("provenance.cooperative")}</dt>
        <dd>
          <Link
            to={`/cooperatives/${cooperative.handle}`}
            className="text-brand-700 underline"
          >
            {cooperative.name}
          </Link>
        </dd>
        {county && (
          <>
            <dt className="text-stone-500">{t("provenance.county")}</dt>
            <dd>
              <Link
                to={`/counties/${county.code}`}
                className="text-brand-700 underline"
              >
                {pick(county, "name", lang)}
              </Link>
              , {pick(county, "prefecture", lang)}
            </dd>
          </>
        )}
      </dl>
      {provenance.batches.length > 0 ? (
        <>
          <h3 className="mt-4 font-medium">{t("provenance.batches")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {provenance.batches.map((batch) => (
              <li
                key={batch.trace_code}
                className="rounded border border-stone-200 p-2"
              >
                <p>
                  <Link
                    to={`/t/${batch.trace_code}`}
                    className="font-mono text-brand-700 underline"
                  >
                    {batch.trace_code}
                  </Link>{" "}
                  · {batch.variant_title}
                </p>
                <p className="text-stone-600">
                  {t("provenance.harvestedIn", {
                    village: batch.village,
                    date: formatDate(batch.harvested_at, lang),
                  })}
                  {" · "}
                  {t("provenance.households", {
                    count: batch.registered_households,
                  })}
                </p>
                <CertificationBadges values={batch.certifications} />
              </li>
            ))}
          </ul>
          {timeline.length > 0 && (
            <>
              <h3 className="mt-4 font-medium">
                {t("provenance.timeline", {
                  code: provenance.batches[0].trace_code,
                })}
              </h3>
              <div className="mt-2 text-sm">
                <TraceTimeline events={timeline} />
              </div>
            </>
          )}
        </>
      ) : (
        <p className="mt-3 text-sm text-stone-500">
          {t("provenance.noBatches")}
        </p>
      )}
    </section>
  )
}
