import { useTranslation } from "react-i18next"
import { Link, useLocation } from "react-router"

// Links, not buttons: every page of a listing has its own URL.
export function Pagination({
  count,
  offset,
  limit,
}: {
  count: number
  offset: number
  limit: number
}) {
  const { t } = useTranslation()
  const location = useLocation()
  if (count <= limit) return null
  const page = Math.floor(offset / limit) + 1
  const pages = Math.ceil(count / limit)
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search)
    if (p === 1) params.delete("page")
    else params.set("page", String(p))
    const qs = params.toString()
    return `${location.pathname}${qs ? `?${qs}` : ""}`
  }
  return (
    <nav
      aria-label={t("pagination.label")}
      className="mt-6 flex items-center justify-center gap-4 text-sm"
    >
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="underline">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span className="text-stone-400">{t("pagination.previous")}</span>
      )}
      <span>{t("pagination.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className="underline">
          {t("pagination.next")}
        </Link>
      ) : (
        <span className="text-stone-400">{t("pagination.next")}</span>
      )}
    </nav>
  )
}
