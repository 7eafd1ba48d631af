import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import type { PrintedReportName } from "./printed-report"

// "打印": the same report laid out for paper, in a tab of its own.
export function PrintLink({
  report,
  params,
}: {
  report: PrintedReportName
  params: Record<string, string | undefined>
}) {
  const { t } = useTranslation("reports")
  const query = new URLSearchParams(
    Object.entries(params).filter(
      (entry): entry is [string, string] => !!entry[1]
    )
  )
  return (
    <ButtonLink
      variant="secondary"
      small
      to={`/bureau/print/${report}?${query}`}
      target="_blank"
      rel="noopener"
    >
      {t("print.link")}
    </ButtonLink>
  )
}
