import { readableQuantity } from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { Link, useLoaderData } from "react-router"
import { ProductImage } from "@/components/product-image"
import { getTrace } from "@/features/provenance/api/get-provenance.server"
import { CertificationBadges } from "@/features/provenance/components/certification-badges"
import { TraceTimeline } from "@/features/provenance/components/trace-timeline"
import { pick } from "@/i18n"
import { formatDate } from "@/lib/money"
import { pageMeta } from "@/lib/meta"

// What a phone opens from the QR label on a package: small, fast, complete
// without JavaScript.
export async function loader({ params }: LoaderFunctionArgs) {
  return { trace: await getTrace(params.code ?? "") }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(
    data ? `${data.trace.product?.title ?? ""} ${data.trace.code}` : undefined,
    data ? `${data.trace.cooperative.name} · ${data.trace.village}` : undefined
  )

export default function TracePage() {
  const { t, i18n } = useTranslation()
  const { trace } = useLoaderData<typeof loader>()
  const lang = i18n.language
  return (
    <article className="mx-auto max-w-xl space-y-6">
      <header className="rounded-xl bg-brand-50 p-4">
        <p className="text-xs text-stone-600">{t("trace.code")}</p>
        <p className="font-mono text-lg" data-testid="trace-code">
          {trace.code}
        </p>
        <h1 className="mt-2 text-2xl font-bold">
          {trace.product?.title ?? t("trace.title")}
        </h1>
        {trace.product && (
          <p className="text-sm text-stone-600">
            {trace.product.variant_title}
          </p>
        )}
        {trace.voided && (
          <p
            role="status"
            data-testid="trace-voided"
            className="mt-3 rounded bg-red-50 p-2 text-sm text-red-900 ring-1 ring-red-600/20"
          >
            {t("trace.voided", {
              date: formatDate(trace.voided.at, lang),
              reason: trace.voided.reason,
            })}
          </p>
        )}
        {!trace.voided && trace.registered_households > 0 && (
          <p className="mt-3 rounded bg-white p-2 text-brand-800">
            {t("provenance.supports", { count: trace.registered_households })}
          </p>
        )}
      </header>
      {trace.product?.thumbnail && (
        <div className="mx-auto w-40">
          <ProductImage
            src={trace.product.thumbnail}
            alt={trace.product.title}
            eager
          />
        </div>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-stone-500">{t("trace.origin")}</dt>
        <dd>
          {trace.village}
          {trace.county ? `, ${pick(trace.county, "name", lang)}` : ""}
        </dd>
        <dt className="text-stone-500">{t("trace.harvested")}</dt>
        <dd>{formatDate(trace.harvested_at, lang)}</dd>
        <dt className="text-stone-500">{t("trace.quantity")}</dt>
        <dd>
          {(() => {
            const amount = readableQuantity(trace.quantity, trace.unit)
            return `${amount.value} ${t(`units.${amount.unit}`, { defaultValue: amount.unit })}`
          })()}
        </dd>
        <dt className="text-stone-500">{t("provenance.cooperative")}</dt>
        <dd>
          <Link
            to={`/cooperatives/${trace.cooperative.handle}`}
            className="text-brand-700 underline"
          >
            {trace.cooperative.name}
          </Link>
        </dd>
        {trace.inspection && (
          <>
            <dt className="text-stone-500">{t("trace.inspection")}</dt>
            <dd>
              {trace.inspection.agency} ·{" "}
              {formatDate(trace.inspection.inspected_at, lang)} ·{" "}
              {t(`trace.result.${trace.inspection.result}`, {
                defaultValue: trace.inspection.result,
              })}
            </dd>
          </>
        )}
      </dl>
      <CertificationBadges values={trace.certifications} />
      <section aria-labelledby="trace-timeline">
        <h2 id="trace-timeline" className="mb-3 text-lg font-semibold">
          {t("trace.timeline")}
        </h2>
        <TraceTimeline events={trace.timeline} />
      </section>
      {trace.product && (
        <Link
          to={`/products/${trace.product.handle}`}
          className="block rounded bg-brand-600 px-4 py-2 text-center font-medium text-white"
        >
          {t("trace.buyAgain")}
        </Link>
      )}
    </article>
  )
}
