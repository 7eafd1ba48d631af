import { useTranslation } from "react-i18next"
import { Link } from "react-router"

export type Crumb = { label: string; to?: string }

// A page's title, its place (breadcrumbs) and its actions.
export function PageHeader({
  title,
  description,
  crumbs,
  actions,
}: {
  title: string
  description?: string
  crumbs?: Crumb[]
  actions?: React.ReactNode
}) {
  const { t } = useTranslation()
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        {crumbs && crumbs.length > 0 && (
          <nav
            aria-label={t("breadcrumb")}
            className="mb-1 text-sm text-stone-500"
          >
            {crumbs.map((crumb, index) => (
              <span key={`${crumb.label}-${index}`}>
                {index > 0 && <span className="mx-1">/</span>}
                {crumb.to ? (
                  <Link
                    to={crumb.to}
                    className="hover:text-emerald-800 hover:underline"
                  >
                    {crumb.label}
                  </Link>
                ) : (
                  crumb.label
                )}
              </span>
            ))}
          </nav>
        )}
        <h1 className="text-2xl font-semibold text-stone-900">{title}</h1>
        {description && (
          <p className="mt-1 max-w-3xl text-sm text-stone-600">{description}</p>
        )}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </header>
  )
}

// A white panel with an optional title, for grouping a page's parts.
export function Panel({
  title,
  actions,
  children,
  className = "",
}: {
  title?: string
  actions?: React.ReactNode
  children: React.ReactNode
  className?: string
}) {
  return (
    <section
      className={`min-w-0 rounded-lg border border-stone-200 bg-white p-4 shadow-sm ${className}`}
    >
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title && <h2 className="font-semibold text-stone-800">{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </section>
  )
}

// One headline figure.
export function Stat({
  label,
  value,
  hint,
}: {
  label: string
  value: React.ReactNode
  hint?: string
}) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-stone-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-stone-900">
        {value}
      </p>
      {hint && <p className="mt-1 text-xs text-stone-500">{hint}</p>}
    </div>
  )
}
