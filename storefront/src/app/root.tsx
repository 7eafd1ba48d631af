import type { LinksFunction, LoaderFunctionArgs } from "react-router"
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteLoaderData,
} from "react-router"
import { SiteShell } from "../components/site-shell"
import { AccountLink } from "../features/account/components/account-link"
import { CartLink } from "../features/cart/components/cart-link"
import { RouteError } from "../components/route-error"
import { DEFAULT_LANGUAGE, languageFromCookie } from "../i18n"
import { messagesFor } from "../i18n/messages.server"
import { publicEnv } from "../lib/env.server"
import { getRegion } from "../lib/region.server"
import { AppProviders } from "./providers"
import stylesheet from "./app.css?url"

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const language = languageFromCookie(request.headers.get("Cookie"))
  return {
    env: publicEnv(),
    language,
    messages: messagesFor(language),
    // The page still renders when the backend is down; cart actions then
    // say so.
    region: await getRegion().catch(() => null),
  }
}

// Environment, language and region do not change between navigations.
export function shouldRevalidate() {
  return false
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root")
  return (
    <html lang={root?.language ?? DEFAULT_LANGUAGE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#3f7a2a" />
        {root?.env.backendUrl && (
          // Pictures and API calls go to the backend: open the connection early.
          <link rel="preconnect" href={root.env.backendUrl} />
        )}
        <Meta />
        {/* Stylesheets need no nonce (style-src 'self'), and the browser
            would not give it to the client to hydrate against. */}
        <Links nonce="" />
      </head>
      <body className="min-h-screen">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

type RootData = Awaited<ReturnType<typeof loader>>

// Providers and the site's frame, for pages and for the error page alike
// (the error page may have no root data when the root loader itself failed).
function AppFrame({
  root,
  children,
}: {
  root: RootData | undefined
  children: React.ReactNode
}) {
  return (
    <AppProviders
      env={
        root?.env ?? {
          backendUrl: "",
          publishableKey: "",
          stripePublishableKey: null,
        }
      }
      language={root?.language ?? DEFAULT_LANGUAGE}
      // Only when the root loader itself failed: keys instead of words.
      messages={root?.messages ?? {}}
      region={root?.region ?? null}
    >
      <SiteShell cart={<CartLink />} account={<AccountLink />}>
        {children}
      </SiteShell>
    </AppProviders>
  )
}

export default function App() {
  return (
    <AppFrame root={useLoaderData<typeof loader>()}>
      <Outlet />
    </AppFrame>
  )
}

export function ErrorBoundary({ error }: { error: unknown }) {
  return (
    <AppFrame root={useRouteLoaderData<typeof loader>("root")}>
      <RouteError error={error} />
    </AppFrame>
  )
}
