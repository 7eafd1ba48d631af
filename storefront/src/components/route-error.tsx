import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link } from "react-router"

// 404 for unknown pages and for anything the backend says does not exist;
// one plain sentence for everything else (details stay in the server log).
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <section className="mx-auto max-w-md py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">
        {notFound ? "404" : "!"}
      </p>
      <h1 className="mt-4 text-xl font-semibold">
        {notFound ? t("errors.notFoundTitle") : t("errors.pageFailed")}
      </h1>
      <p className="mt-2 text-sm text-stone-600">
        {notFound ? t("errors.notFoundBody") : t("errors.server")}
      </p>
      <Link
        to="/"
        className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-white"
      >
        {t("errors.home")}
      </Link>
    </section>
  )
}
