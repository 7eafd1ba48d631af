import { useTranslation } from "react-i18next"
import { PageProblem } from "../route-error"

export default function NotFound() {
  const { t } = useTranslation()
  return <PageProblem title={t("errors.pageNotFound")} />
}
