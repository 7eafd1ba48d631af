import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { EmptyState } from "@/components/states"
import type { CooperativeSummary } from "../types"

export function CooperativeList({
  cooperatives,
}: {
  cooperatives: CooperativeSummary[]
}) {
  const { t } = useTranslation()
  if (!cooperatives.length)
    return <EmptyState title={t("county.noCooperatives")} />
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {cooperatives.map((c) => (
        <li key={c.id}>
          <Link
            to={`/cooperatives/${c.handle}`}
            className="block h-full rounded-lg bg-white p-4 ring-1 ring-stone-200 hover:ring-brand-600"
          >
            <h3 className="font-semibold">{c.name}</h3>
            {c.story && (
              <p className="mt-1 line-clamp-2 text-sm text-stone-600">
                {c.story}
              </p>
            )}
          </Link>
        </li>
      ))}
    </ul>
  )
}
