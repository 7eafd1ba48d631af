import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { Link, useLoaderData } from "react-router"
import { PageSection } from "@/components/page-section"
import { ProductImage } from "@/components/product-image"
import { EmptyState } from "@/components/states"
import { getCooperative } from "@/features/counties/api/get-counties.server"
import { pick } from "@/i18n"
import { pageMeta } from "@/lib/meta"

export async function loader({ params }: LoaderFunctionArgs) {
  return { cooperative: await getCooperative(params.handle ?? "") }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(data?.cooperative.name, data?.cooperative.story ?? undefined)

export default function CooperativePage() {
  const { t, i18n } = useTranslation()
  const { cooperative } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-8">
      <header className="rounded-xl bg-brand-50 p-6">
        {cooperative.county && (
          <Link
            to={`/counties/${cooperative.county.code}`}
            className="text-sm text-brand-700 underline"
          >
            {pick(cooperative.county, "name", i18n.language)}
          </Link>
        )}
        <h1 className="mt-1 text-2xl font-bold">{cooperative.name}</h1>
        {cooperative.story && (
          <p className="mt-3 max-w-prose leading-relaxed">
            {cooperative.story}
          </p>
        )}
        {cooperative.certifications.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-2 text-xs">
            {cooperative.certifications.map((c) => (
              <li
                key={`${c.kind}-${c.number}`}
                className="rounded-full bg-white px-2 py-0.5 ring-1 ring-brand-100"
              >
                {t(`certification.${c.kind}`, { defaultValue: c.kind })} ·{" "}
                {c.number}
              </li>
            ))}
          </ul>
        )}
      </header>
      <PageSection id="cooperative-products" title={t("cooperative.products")}>
        {cooperative.products.length ? (
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {cooperative.products.map((p) => (
              <li key={p.id}>
                <Link
                  to={`/products/${p.handle}`}
                  className="block rounded-lg bg-white p-2 ring-1 ring-stone-200 hover:ring-brand-600"
                >
                  <ProductImage src={p.thumbnail} alt={p.title} />
                  <h3 className="mt-2 text-sm font-medium">{p.title}</h3>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("catalog.empty")} />
        )}
      </PageSection>
    </div>
  )
}
