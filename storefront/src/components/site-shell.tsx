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
      <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4">
          <Link to="/" className="shrink-0 text-lg font-bold text-brand-700">
            {t("brand")}
          </Link>
          <nav
            aria-label={t("nav.main")}
            className="hidden gap-4 text-sm md:flex"
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
            className="ml-auto min-w-0 flex-1 md:max-w-xs"
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
          <LanguageSwitch />
          {account}
          {cart}
        </div>
        <nav
          aria-label={t("nav.main")}
          className="flex gap-4 border-t border-stone-100 px-4 py-2 text-sm md:hidden"
        >
          <NavLink to="/products">{t("nav.products")}</NavLink>
          <NavLink to="/counties">{t("nav.counties")}</NavLink>
        </nav>
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
