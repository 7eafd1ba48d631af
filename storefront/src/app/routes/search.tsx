import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { useLoaderData } from "react-router"
import { catalogLabels } from "@/features/catalog/api/catalog-labels.server"
import { searchProducts } from "@/features/catalog/api/search-products.server"
import { InstantSearch } from "@/features/catalog/components/instant-search"
import { catalogQuery } from "@/features/catalog/utils/catalog-params"
import { languageFromCookie } from "@/i18n"
import { pageMeta } from "@/lib/meta"

export async function loader({ request, url }: LoaderFunctionArgs) {
  const query = catalogQuery(url.searchParams)
  const [result, labels] = await Promise.all([
    searchProducts(query),
    catalogLabels(languageFromCookie(request.headers.get("Cookie"))),
  ])
  return { query, result, labels }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(data?.query.q ? `${data.query.q} · 搜索` : "搜索 Search")

export default function SearchPage() {
  const { t } = useTranslation()
  const { query, result, labels } = useLoaderData<typeof loader>()
  // A new search from the header is a new page: remount with its results.
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">
        {query.q ? t("search.title", { q: query.q }) : t("search.label")}
      </h1>
      <InstantSearch
        key={JSON.stringify(query)}
        initialQuery={query}
        initial={result}
        labels={labels}
      />
    </>
  )
}
