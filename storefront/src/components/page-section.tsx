import type { ReactNode } from "react"
import { Link } from "react-router"

// A titled block of a page, with an optional "see all" link.
export function PageSection({
  id,
  title,
  more,
  children,
}: {
  id: string
  title: string
  more?: { to: string; label: string }
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id}>
      <div className="flex items-baseline justify-between">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {more && (
          <Link to={more.to} className="text-sm text-brand-700 underline">
            {more.label}
          </Link>
        )}
      </div>
      <div className="mt-3">{children}</div>
    </section>
  )
}
