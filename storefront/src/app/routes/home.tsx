import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { Link, useLoaderData } from "react-router"
import { EmptyState } from "../../components/states"
import { searchProducts } from "../../features/catalog/api/search-products.server"
import { ProductGrid } from "../../features/catalog/components/product-grid"
import { listCounties } from "../../features/counties/api/get-counties.server"
import { CountyCard } from "../../features/counties/components/county-card"
import { getPlatformImpact } from "../../features/impact/api/get-platform-impact.server"
import { ImpactCounter } from "../../features/impact/components/impact-counter"
import { pageMeta } from "../../lib/meta"

export async function loader(_: LoaderFunctionArgs) {
  const [impact, featured, counties] = await Promise.all([
    getPlatformImpact(),
    searchProducts({ sort: "households_desc", limit: 8 }),
    listCounties(),
  ])
  return { impact, products: featured.hits, counties }
}

export const meta: MetaFunction = () =>
  pageMeta(undefined, "四川脱贫县合作社特产，每一笔收入都可追溯到农户。")

export default function HomePage() {
  const { t } = useTranslation()
  const { impact, products, counties } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h1 className="text-2xl font-bold md:text-3xl">{t("home.title")}</h1>
        <p className="max-w-prose text-stone-600">{t("home.lead")}</p>
      </section>
      <ImpactCounter impact={impact} />
      <section aria-labelledby="featured-counties">
        <div className="flex items-baseline justify-between">
          <h2 id="featured-counties" className="text-lg font-semibold">
            {t("home.counties")}
          </h2>
          <Link to="/counties" className="text-sm text-brand-700 underline">
            {t("home.allCounties")}
          </Link>
        </div>
        <ul className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-4">
          {counties.slice(0, 8).map((county) => (
            <li key={county.code}>
              <CountyCard county={county} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="featured-products">
        <div className="flex items-baseline justify-between">
          <h2 id="featured-products" className="text-lg font-semibold">
            {t("home.products")}
          </h2>
          <Link to="/products" className="text-sm text-brand-700 underline">
            {t("home.allProducts")}
          </Link>
        </div>
        <div className="mt-3">
          {products.length ? (
            <ProductGrid products={products} />
          ) : (
            <EmptyState title={t("catalog.empty")} />
          )}
        </div>
      </section>
    </div>
  )
}
