import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { useLoaderData } from "react-router"
import { EmptyState } from "../../components/states"
import { listCounties } from "../../features/counties/api/get-counties.server"
import { CountyCard } from "../../features/counties/components/county-card"
import { pageMeta } from "../../lib/meta"

export async function loader() {
  return { counties: await listCounties() }
}

export const meta: MetaFunction = () => pageMeta("县域 Counties")

export default function CountiesPage() {
  const { t } = useTranslation()
  const { counties } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("counties.title")}</h1>
      {counties.length ? (
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {counties.map((county) => (
            <li key={county.code}>
              <CountyCard county={county} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("counties.empty")} />
      )}
    </div>
  )
}
