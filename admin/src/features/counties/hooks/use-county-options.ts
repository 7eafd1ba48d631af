import { useTranslation } from "react-i18next"
import { countyName, useCounties } from "../api/get-counties"

// The counties of a jurisdiction as options for a filter, by name.
export function useCountyOptions(jurisdictionCode: string | undefined) {
  const { i18n } = useTranslation()
  const counties = useCounties()
  if (!jurisdictionCode) return []
  return (counties.data ?? [])
    .filter((c) => c.code.startsWith(jurisdictionCode))
    .map((c) => ({
      value: c.code,
      label: `${countyName(c, i18n.language)} (${c.code})`,
    }))
}
