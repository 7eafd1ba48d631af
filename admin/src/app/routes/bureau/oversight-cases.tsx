import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import { OversightQueuePage } from "./oversight-queue"

// The case queue: filters, page and the open case in the URL.
export default function OversightCasesPage() {
  const { t } = useTranslation("oversight")
  return (
    <OversightQueuePage
      kind="case"
      actions={
        // Every household whose income fell, not only those a case
        // opened for (the nav no longer lists that report).
        <ButtonLink variant="secondary" to="/bureau/income-decline">
          {t("cases.incomeDecline")}
        </ButtonLink>
      }
    />
  )
}
