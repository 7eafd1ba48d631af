import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { useLoaderData } from "react-router"
import { PageSection } from "@/components/page-section"
import { searchProducts } from "@/features/catalog/api/search-products.server"
import { ProductGrid } from "@/features/catalog/components/product-grid"
import { getCounty } from "@/features/counties/api/get-counties.server"
import { CooperativeList } from "@/features/counties/components/cooperative-list"
import { CountyHero } from "@/features/counties/components/county-hero"
import { pageMeta } from "@/lib/meta"

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
      <PageSection id="county-cooperatives" title={t("county.cooperatives")}>
        <CooperativeList cooperatives={county.cooperatives} />
      </PageSection>
      <PageSection
        id="county-products"
        title={t("county.products")}
        more={
          productCount > products.length
            ? {
                to: `/products?county=${county.code}`,
                label: t("county.allProducts", { count: productCount }),
              }
            : undefined
        }
      >
        <ProductGrid products={products} />
      </PageSection>
    </div>
  )
}
