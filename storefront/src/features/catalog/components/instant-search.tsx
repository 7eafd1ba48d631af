import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { PagerButtons } from "@/components/pager-buttons"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { useInstantSearch } from "../api/use-instant-search"
import { useDebounced } from "../hooks/use-debounced"
import type { SearchResponse } from "../types"
import { PAGE_SIZE } from "../utils/catalog-params"
import { ProductGrid } from "./product-grid"

type Facet = "county" | "category" | "certification"
type Props = {
  initialQuery: Record<string, string | number>
  initial: SearchResponse
  labels: {
    counties: Record<string, string>
    categories: Record<string, string>
  }
}

// Results follow the keystrokes (debounced) and the facet chips; the URL
// is kept in step so a search can be shared or reloaded.
export function InstantSearch({ initialQuery, initial, labels }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState(String(initialQuery.q ?? ""))
  const [filters, setFilters] = useState<Record<Facet, string[]>>({
    county: String(initialQuery.county ?? "")
      .split(",")
      .filter(Boolean),
    category: String(initialQuery.category ?? "")
      .split(",")
      .filter(Boolean),
    certification: String(initialQuery.certification ?? "")
      .split(",")
      .filter(Boolean),
  })
  const [offset, setOffset] = useState(Number(initialQuery.offset ?? 0))
  const q = useDebounced(text.trim(), 250)
  const query = useMemo(() => {
    const next: Record<string, string | number> = { limit: PAGE_SIZE }
    if (q) next.q = q
    else next.sort = "households_desc"
    for (const [name, values] of Object.entries(filters))
      if (values.length) next[name] = values.join(",")
    next.offset = offset
    return next
  }, [q, filters, offset])
  const { data, error, isFetching, refetch } = useInstantSearch(query, {
    query: initialQuery,
    data: initial,
  })
  useEffect(() => {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(query))
      if (name !== "limit" && name !== "sort" && name !== "offset")
        params.set(name, String(value))
    if (offset) params.set("page", String(offset / PAGE_SIZE + 1))
    window.history.replaceState(window.history.state, "", `/search?${params}`)
  }, [query, offset])
  const toggle = (facet: Facet, value: string) => {
    setOffset(0)
    setFilters((current) => ({
      ...current,
      [facet]: current[facet].includes(value)
        ? current[facet].filter((v) => v !== value)
        : [...current[facet], value],
    }))
  }
  const facetGroups: {
    facet: Facet
    key: keyof SearchResponse["facets"]
    label: (v: string) => string
  }[] = [
    {
      facet: "county",
      key: "county_code",
      label: (v) => labels.counties[v] ?? v,
    },
    {
      facet: "category",
      key: "category",
      label: (v) => labels.categories[v] ?? v,
    },
    {
      facet: "certification",
      key: "certification",
      label: (v) => t(`certification.${v}`, { defaultValue: v }),
    },
  ]
  return (
    <div className="space-y-4">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-q" className="block text-sm font-medium">
          {t("search.label")}
        </label>
        <input
          id="search-q"
          type="search"
          value={text}
          autoFocus
          onChange={(e) => {
            setText(e.target.value)
            setOffset(0)
          }}
          placeholder={t("search.placeholder")}
          className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2"
        />
      </form>
      {data && (
        <div
          className="flex flex-wrap gap-2 text-sm"
          aria-label={t("search.facets")}
        >
          {facetGroups.flatMap(({ facet, key, label }) =>
            data.facets[key].map((f) => {
              const on = filters[facet].includes(f.value)
              return (
                <button
                  key={`${facet}-${f.value}`}
                  type="button"
                  aria-pressed={on}
                  onClick={() => toggle(facet, f.value)}
                  className="rounded-full px-3 py-1 ring-1 ring-stone-300 aria-pressed:bg-brand-600 aria-pressed:text-white"
                >
                  {label(f.value)} <span className="opacity-70">{f.count}</span>
                </button>
              )
            })
          )}
        </div>
      )}
      <p className="text-sm text-stone-500" aria-live="polite">
        {isFetching
          ? t("states.loading")
          : data
            ? t(q ? "search.count" : "catalog.count", { count: data.count, q })
            : null}
        {data?.fuzzy ? ` ${t("search.fuzzy")}` : ""}
      </p>
      {error ? (
        <ErrorState
          message={errorMessage(error, t)}
          onRetry={() => refetch()}
        />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <ProductGrid
            products={data.hits}
            emptyTitle={t("search.noResults", { q })}
          />
          <PagerButtons
            offset={offset}
            limit={PAGE_SIZE}
            count={data.count}
            onChange={setOffset}
          />
        </>
      )}
    </div>
  )
}
