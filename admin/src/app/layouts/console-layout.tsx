import { useTranslation } from "react-i18next"
import { NavLink, Outlet } from "react-router"
import { LanguageSwitch } from "@/components/language-switch"
import { signOut } from "@/features/auth/api/sign-in"

// `badge`: a count waiting for the user there (orders to ship).
export type NavItem = {
  to: string
  label: string
  end?: boolean
  badge?: { count: number; label: string }
}
// Pages of one kind of work under a heading of their own.
export type NavSection = { section: string; items: NavItem[] }

// The frame of both consoles: the actor's navigation, who is signed in,
// the language switch and sign-out.
export function ConsoleLayout({
  title,
  nav,
  identity,
  banner,
}: {
  title: string
  nav: (NavItem | NavSection)[]
  identity: React.ReactNode
  banner?: React.ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:p-2"
      >
        {t("layout.skip")}
      </a>
      <aside className="no-print border-b border-stone-200 bg-white md:min-h-screen md:w-56 md:shrink-0 md:border-r md:border-b-0">
        <div className="px-4 py-4">
          <p className="text-lg font-semibold text-emerald-800">
            {t("layout.brand")}
          </p>
          <p className="text-xs text-stone-500">{title}</p>
        </div>
        <nav
          aria-label={title}
          className="flex gap-1 overflow-x-auto px-2 pb-2 md:flex-col"
        >
          {nav.map((entry) =>
            "section" in entry ? (
              <div
                key={entry.section}
                role="group"
                aria-label={entry.section}
                className="flex gap-1 md:mt-2 md:flex-col md:border-t md:border-stone-100 md:pt-2"
              >
                <p className="hidden px-3 pb-1 text-xs font-semibold tracking-wide text-stone-500 md:block">
                  {entry.section}
                </p>
                {entry.items.map((item) => (
                  <NavEntry key={item.to} item={item} />
                ))}
              </div>
            ) : (
              <NavEntry key={entry.to} item={entry} />
            )
          )}
        </nav>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="no-print flex flex-wrap items-center justify-end gap-3 border-b border-stone-200 bg-white px-4 py-2 text-sm">
          <div className="mr-auto">{identity}</div>
          <LanguageSwitch />
          <button
            type="button"
            onClick={signOut}
            className="rounded px-2 py-1 text-stone-600 hover:bg-stone-100"
          >
            {t("layout.signOut")}
          </button>
        </header>
        {banner}
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          <Outlet />
        </main>
      </div>
    </div>
  )
}

function NavEntry({ item }: { item: NavItem }) {
  return (
    <NavLink
      to={item.to}
      end={item.end}
      className={({ isActive }) =>
        `whitespace-nowrap rounded-md px-3 py-2 text-sm ${isActive ? "bg-emerald-50 font-medium text-emerald-900" : "text-stone-700 hover:bg-stone-100"}`
      }
    >
      {item.label}
      {item.badge && item.badge.count > 0 && (
        <span
          className="ml-2 inline-flex min-w-5 items-center justify-center rounded-full bg-amber-600 px-1.5 text-xs font-semibold text-white"
          aria-label={item.badge.label}
          title={item.badge.label}
        >
          {item.badge.count > 99 ? "99+" : item.badge.count}
        </span>
      )}
    </NavLink>
  )
}
