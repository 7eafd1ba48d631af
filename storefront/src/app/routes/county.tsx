import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { Link, useLoaderData } from "react-router"
import { EmptyState } from "../../components/states"
import { searchProducts } from "../../features/catalog/api/search-products.server"
import { ProductGrid } from "../../features/catalog/components/product-grid"
import { getCounty } from "../../features/counties/api/get-counties.server"
import { CooperativeList } from "../../features/counties/components/cooperative-list"
import { CountyHero } from "../../features/counties/components/county-hero"
import { pageMeta } from "../../lib/meta"

export async function loader({ params }: LoaderFunctionArgs) {
  const code = params.code ?? ""
  const [county, products] = await Promise.all([
    getCounty(code),
    searchProducts({ county: code, sort: "households_desc", limit: 12 }),
  ])
  return { county, products: products.hits, productCount: products.count }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(
    data ? `${data.county.name_zh} ${data.county.name_en}` : undefined,
    data?.county.story_zh ?? undefined
  )

export default function CountyPage() {
  const { t } = useTranslation()
  const { county, products, productCount } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-8">
      <CountyHero county={county} />
      <section aria-labelledby="county-cooperatives">
        <h2 id="county-cooperatives" className="text-lg font-semibold">
          {t("county.cooperatives")}
        </h2>
        <div className="mt-3">
          <CooperativeList cooperatives={county.cooperatives} />
        </div>
      </section>
      <section aria-labelledby="county-products">
        <div className="flex items-baseline justify-between">
          <h2 id="county-products" className="text-lg font-semibold">
            {t("county.products")}
          </h2>
          {productCount > products.length && (
            <Link
              to={`/products?county=${county.code}`}
              className="text-sm text-brand-700 underline"
            >
              {t("county.allProducts", { count: productCount })}
            </Link>
          )}
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
