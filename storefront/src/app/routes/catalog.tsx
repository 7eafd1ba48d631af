import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { Link, useLoaderData, useSearchParams } from "react-router"
import { Pagination } from "@/components/pagination"
import { catalogLabels } from "@/features/catalog/api/catalog-labels.server"
import { searchProducts } from "@/features/catalog/api/search-products.server"
import { CatalogFilters } from "@/features/catalog/components/catalog-filters"
import { ProductGrid } from "@/features/catalog/components/product-grid"
import {
  catalogQuery,
  hasFilters,
} from "@/features/catalog/utils/catalog-params"
import { languageFromCookie } from "@/i18n"
import { pageMeta } from "@/lib/meta"

// All products, or one category (/categories/:category): filters, sort and
// pages all live in the URL.
export async function loader({ request, params, url }: LoaderFunctionArgs) {
  const fixed = params.category ? { category: params.category } : undefined
  const query = catalogQuery(url.searchParams, fixed)
  const [result, labels] = await Promise.all([
    searchProducts(query),
    catalogLabels(languageFromCookie(request.headers.get("Cookie"))),
  ])
  if (params.category && !labels.categories[params.category]) {
    throw new Response("Not found", { status: 404 })
  }
  return { result, labels, category: params.category ?? null }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(
    data?.category
      ? data.labels.categories[data.category]
      : "全部特产 All products"
  )

export default function CatalogPage() {
  const { t } = useTranslation()
  const { result, labels, category } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const narrowed = hasFilters(params)
  const [filtersOpen, setFiltersOpen] = useState(false)
  return (
    <div className="space-y-4">
      <nav
        aria-label={t("catalog.categories")}
        className="flex flex-wrap gap-2 text-sm"
      >
        <Link
          to="/products"
          aria-current={!category ? "page" : undefined}
          className="rounded-full px-3 py-1 ring-1 ring-stone-300 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
        >
          {t("catalog.all")}
        </Link>
        {Object.entries(labels.categories).map(([handle, name]) => (
          <Link
            key={handle}
            to={`/categories/${handle}`}
            aria-current={category === handle ? "page" : undefined}
            className="rounded-full px-3 py-1 ring-1 ring-stone-300 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {name}
          </Link>
        ))}
      </nav>
      <h1 className="text-2xl font-bold">
        {category ? labels.categories[category] : t("catalog.title")}
      </h1>
      <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
        {/* On a phone the filters fold away behind one button, so the
            first products are on the first screen. */}
        <div>
          <button
            type="button"
            className="rounded border border-stone-300 px-3 py-1 text-sm md:hidden"
            aria-expanded={filtersOpen}
            aria-controls="catalog-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t("filters.title")}
            {narrowed ? ` · ${t("filters.on")}` : ""}
          </button>
          <div
            id="catalog-filters"
            className={`${filtersOpen ? "mt-3 block" : "hidden"} md:mt-0 md:block`}
          >
            <CatalogFilters
              facets={result.facets}
              labels={labels}
              hide={category ? ["category"] : []}
            />
          </div>
        </div>
        <div>
          <p className="mb-3 text-sm text-stone-500" aria-live="polite">
            {t("catalog.count", { count: result.count })}
          </p>
          <ProductGrid
            products={result.hits}
            emptyTitle={t("catalog.noMatch")}
            emptyAction={
              <Link
                to={category ? `/categories/${category}` : "/products"}
                className="underline"
              >
                {t("catalog.clearFilters")}
              </Link>
            }
          />
          <Pagination
            count={result.count}
            offset={result.offset}
            limit={result.limit}
          />
        </div>
      </div>
    </div>
  )
}
