import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import {
  countyName,
  useCounties,
} from "../../../features/counties/api/get-counties"

// A county code as its name in the current language (the code until the
// county list has loaded); pages hand it to the features they compose.
export function useCountyLabel() {
  const { i18n } = useTranslation()
  const counties = useCounties()
  return useCallback(
    (code: string) => {
      const county = counties.data?.find((c) => c.code === code)
      return county ? countyName(county, i18n.language) : code
    },
    [counties.data, i18n.language]
  )
}
