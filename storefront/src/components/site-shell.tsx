import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Form, Link, NavLink } from "react-router"
import { LanguageSwitch } from "./language-switch"

type Props = { children: ReactNode; cart?: ReactNode; account?: ReactNode }

export function SiteShell({ children, cart, account }: Props) {
  const { t } = useTranslation()
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:p-2"
      >
        {t("nav.skip")}
      </a>
      {/* Phones: brand and actions on the first line, links and search on
          the second; wider screens: one line. */}
      <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link to="/" className="shrink-0 text-lg font-bold text-brand-700">
            {t("brand")}
          </Link>
          <nav
            aria-label={t("nav.main")}
            className="order-3 flex shrink-0 gap-4 text-sm md:order-none"
          >
            <NavLink to="/products" className="hover:text-brand-700">
              {t("nav.products")}
            </NavLink>
            <NavLink to="/counties" className="hover:text-brand-700">
              {t("nav.counties")}
            </NavLink>
          </nav>
          <Form
            method="get"
            action="/search"
            role="search"
            className="order-4 min-w-40 flex-1 md:order-none md:ml-auto md:max-w-xs"
          >
            <label htmlFor="site-search" className="sr-only">
              {t("search.label")}
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder={t("search.placeholder")}
              className="w-full rounded-full border border-stone-300 px-3 py-1.5 text-sm"
            />
          </Form>
          <div className="ml-auto flex items-center gap-1 md:ml-0">
            <LanguageSwitch />
            {account}
            {cart}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-stone-200 bg-white py-6 text-center text-xs text-stone-500">
        <p>{t("footer.mission")}</p>
      </footer>
    </div>
  )
}
