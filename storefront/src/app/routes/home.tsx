import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { useLoaderData } from "react-router"
import { PageSection } from "@/components/page-section"
import { searchProducts } from "@/features/catalog/api/search-products.server"
import { ProductGrid } from "@/features/catalog/components/product-grid"
import { listCounties } from "@/features/counties/api/get-counties.server"
import { CountyGrid } from "@/features/counties/components/county-grid"
import { getPlatformImpact } from "@/features/impact/api/get-platform-impact.server"
import { ImpactCounter } from "@/features/impact/components/impact-counter"
import { pageMeta } from "@/lib/meta"

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
      <PageSection
        id="featured-counties"
        title={t("home.counties")}
        more={{ to: "/counties", label: t("home.allCounties") }}
      >
        <CountyGrid counties={counties.slice(0, 8)} />
      </PageSection>
      <PageSection
        id="featured-products"
        title={t("home.products")}
        more={{ to: "/products", label: t("home.allProducts") }}
      >
        <ProductGrid products={products} />
      </PageSection>
    </div>
  )
}
