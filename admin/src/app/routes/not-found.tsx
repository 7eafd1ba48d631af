import { useTranslation } from "react-i18next"
import { Link } from "react-router"

export default function NotFound() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">{t("errors.pageNotFound")}</h1>
      <Link
        to="/"
        className="mt-6 inline-block font-medium text-emerald-800 underline"
      >
        {t("actions.home")}
      </Link>
    </div>
  )
}
