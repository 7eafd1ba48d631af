import { useTranslation } from "react-i18next"
import {
  Form,
  Link,
  useLocation,
  useSearchParams,
  useSubmit,
} from "react-router"
import { hasFilters, SORTS } from "../utils/catalog-params"
import type { SearchResponse } from "../types"

type Labels = {
  counties: Record<string, string>
  categories: Record<string, string>
}

// A GET form: works before hydration and without JavaScript; with it, each
// change applies at once.
export function CatalogFilters({
  facets,
  labels,
  hide = [],
}: {
  facets: SearchResponse["facets"]
  labels: Labels
  hide?: ("county" | "category")[]
}) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  const submit = useSubmit()
  // "Clear filters" keeps the query and the sort.
  const cleared = new URLSearchParams(
    [...params].filter(([name]) => name === "q" || name === "sort")
  ).toString()
  const groups = [
    {
      name: "county" as const,
      title: t("filters.county"),
      values: facets.county_code,
      label: (v: string) => labels.counties[v] ?? v,
    },
    {
      name: "category" as const,
      title: t("filters.category"),
      values: facets.category,
      label: (v: string) => labels.categories[v] ?? v,
    },
    {
      name: "certification" as const,
      title: t("filters.certification"),
      values: facets.certification,
      label: (v: string) => t(`certification.${v}`, { defaultValue: v }),
    },
  ].filter((g) => !hide.includes(g.name as "county" | "category"))
  return (
    <Form
      method="get"
      onChange={(event) =>
        submit(event.currentTarget, { preventScrollReset: true })
      }
      className="space-y-4 text-sm"
      aria-label={t("filters.title")}
    >
      {params.get("q") && (
        <input type="hidden" name="q" value={params.get("q") ?? ""} />
      )}
      <div>
        <label htmlFor="sort" className="block font-medium">
          {t("filters.sort")}
        </label>
        <select
          id="sort"
          name="sort"
          defaultValue={params.get("sort") ?? ""}
          className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1"
        >
          <option value="">{t("sort.default")}</option>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      {groups.map((group) =>
        group.values.length ? (
          <fieldset key={group.name}>
            <legend className="font-medium">{group.title}</legend>
            {group.values.map((facet) => (
              <label key={facet.value} className="mt-1 flex items-center gap-2">
                <input
                  type="checkbox"
                  name={group.name}
                  value={facet.value}
                  defaultChecked={params
                    .getAll(group.name)
                    .includes(facet.value)}
                />
                <span className="flex-1">{group.label(facet.value)}</span>
                <span className="text-stone-500">{facet.count}</span>
              </label>
            ))}
          </fieldset>
        ) : null
      )}
      <fieldset>
        <legend className="font-medium">{t("filters.price")}</legend>
        <div className="mt-1 flex items-center gap-2">
          <input
            type="number"
            name="min_price"
            min={0}
            step="any"
            inputMode="decimal"
            aria-label={t("filters.minPrice")}
            placeholder={t("filters.minPrice")}
            defaultValue={params.get("min_price") ?? ""}
            className="w-20 rounded border border-stone-300 bg-white px-2 py-1"
          />
          <span aria-hidden="true">–</span>
          <input
            type="number"
            name="max_price"
            min={0}
            step="any"
            inputMode="decimal"
            aria-label={t("filters.maxPrice")}
            placeholder={t("filters.maxPrice")}
            defaultValue={params.get("max_price") ?? ""}
            className="w-20 rounded border border-stone-300 bg-white px-2 py-1"
          />
          <span>{t("filters.yuan")}</span>
        </div>
      </fieldset>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="in_stock"
          value="true"
          defaultChecked={params.get("in_stock") === "true"}
        />
        {t("filters.inStock")}
      </label>
      {hasFilters(params) && (
        <Link
          to={cleared ? `${pathname}?${cleared}` : pathname}
          className="inline-block underline"
          data-testid="clear-filters"
        >
          {t("filters.clear")}
        </Link>
      )}
      <noscript>
        <button
          type="submit"
          className="rounded bg-brand-600 px-3 py-1 text-white"
        >
          {t("filters.apply")}
        </button>
      </noscript>
    </Form>
  )
}
