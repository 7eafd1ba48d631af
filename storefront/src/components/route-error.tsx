import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link } from "react-router"

// 404 for unknown pages and anything the backend says does not exist, 400
// for a malformed link; one plain sentence for everything else (details
// stay in the server log).

const KNOWN = {
  404: {
    code: "404",
    title: "errors.notFoundTitle",
    body: "errors.notFoundBody",
  },
  400: {
    code: "400",
    title: "errors.badLinkTitle",
    body: "errors.badLinkBody",
  },
} as const

export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const known =
    isRouteErrorResponse(error) &&
    (error.status === 404 || error.status === 400)
      ? KNOWN[error.status]
      : undefined
  return (
    <section className="mx-auto max-w-md py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">{known?.code ?? "!"}</p>
      <h1 className="mt-4 text-xl font-semibold">
        {t(known?.title ?? "errors.pageFailed")}
      </h1>
      <p className="mt-2 text-sm text-stone-600">
        {t(known?.body ?? "errors.server")}
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
