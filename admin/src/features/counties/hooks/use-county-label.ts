import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import { countyName, useCounties } from "../api/get-counties"

// A county code as its name in the current language ("昭觉县 (513431)" with
// `withCode`), or the bare code until the county list has loaded; pages hand
// it to the features they compose.
export function useCountyLabel() {
  const { i18n } = useTranslation()
  const counties = useCounties()
  return useCallback(
    (code: string, options?: { withCode?: boolean }) => {
      const county = counties.data?.find((c) => c.code === code)
      if (!county) return code
      const name = countyName(county, i18n.language)
      return options?.withCode ? `${name} (${code})` : name
    },
    [counties.data, i18n.language]
  )
}
