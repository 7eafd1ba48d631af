import { useTranslation } from "react-i18next"
import { EmptyState } from "@/components/states"
import type { County } from "../types"
import { CountyCard } from "./county-card"

export function CountyGrid({ counties }: { counties: County[] }) {
  const { t } = useTranslation()
  if (!counties.length) return <EmptyState title={t("counties.empty")} />
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {counties.map((county) => (
        <li key={county.code}>
          <CountyCard county={county} />
        </li>
      ))}
    </ul>
  )
}
