import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link, useRouteError } from "react-router"

// What a page that failed to load or render shows instead of a blank screen.
export function RouteError() {
  const error = useRouteError()
  const { t } = useTranslation()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <PageProblem
      title={notFound ? t("errors.pageNotFound") : t("errors.pageFailed")}
      hint={t("errors.pageFailedHint")}
      alert
    />
  )
}

// A whole-page message with the way home (a failed page, an unknown URL).
export function PageProblem({
  title,
  hint,
  alert = false,
}: {
  title: string
  hint?: string
  // A failure is announced; an unknown address is just a page.
  alert?: boolean
}) {
  const { t } = useTranslation()
  return (
    <div
      role={alert ? "alert" : undefined}
      className="mx-auto max-w-lg px-4 py-16 text-center"
    >
      <h1 className="text-xl font-semibold">{title}</h1>
      {hint && <p className="mt-2 text-sm text-stone-600">{hint}</p>}
      <Link
        to="/"
        className="mt-6 inline-block font-medium text-emerald-800 underline"
      >
        {t("actions.home")}
      </Link>
    </div>
  )
}
