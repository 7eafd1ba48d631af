import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { countyName, useCounties } from "../api/get-counties"

// The counties of a jurisdiction (a county, a prefecture's or a
// province's), as a select's options: "昭觉县 (513431)".
export function useCountyOptions(jurisdictionCode: string | undefined) {
  const { i18n } = useTranslation()
  const counties = useCounties()
  return useMemo(
    () =>
      (counties.data ?? [])
        .filter((c) => jurisdictionCode && c.code.startsWith(jurisdictionCode))
        .map((c) => ({
          value: c.code,
          label: `${countyName(c, i18n.language)} (${c.code})`,
        })),
    [counties.data, i18n.language, jurisdictionCode]
  )
}
