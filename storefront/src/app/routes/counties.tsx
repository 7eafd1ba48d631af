import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { useLoaderData } from "react-router"
import { listCounties } from "@/features/counties/api/get-counties.server"
import { CountyGrid } from "@/features/counties/components/county-grid"
import { pageMeta } from "@/lib/meta"

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
      <CountyGrid counties={counties} />
    </div>
  )
}
