import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link, useRouteError } from "react-router"

// What a page that failed to load or render shows instead of a blank screen.
export function RouteError() {
  const error = useRouteError()
  const { t } = useTranslation()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <div role="alert" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">
        {notFound ? t("errors.pageNotFound") : t("errors.pageFailed")}
      </h1>
      <p className="mt-2 text-sm text-stone-600">
        {t("errors.pageFailedHint")}
      </p>
      <Link
        to="/"
        className="mt-6 inline-block font-medium text-emerald-800 underline"
      >
        {t("actions.home")}
      </Link>
    </div>
  )
}
