import type { ComponentType } from "react"
import { createBrowserRouter, Navigate } from "react-router"
import { readSession, homeFor } from "../lib/session"
import { RequireActor, RedirectIfSignedIn } from "./guards"
import { BureauLayout } from "./layouts/bureau-layout"
import { CooperativeLayout } from "./layouts/cooperative-layout"
import { RouteError } from "./route-error"

// Each page is its own chunk, loaded when first visited.
function page(load: () => Promise<{ default: ComponentType }>) {
  return async () => ({ Component: (await load()).default })
}

function Home() {
  const session = readSession()
  return <Navigate to={session ? homeFor(session.actor) : "/login"} replace />
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      {
        element: <RedirectIfSignedIn />,
        children: [
          { path: "login", lazy: page(() => import("./routes/auth/login")) },
          {
            path: "register",
            lazy: page(() => import("./routes/auth/register")),
          },
        ],
      },
      { path: "invite", lazy: page(() => import("./routes/auth/invite")) },
      {
        path: "forgot-password",
        lazy: page(() => import("./routes/auth/forgot-password")),
      },
      {
        path: "reset-password",
        lazy: page(() => import("./routes/auth/reset-password")),
      },
      {
        path: "coop",
        element: <RequireActor actor="cooperative_user" />,
        children: [
          {
            element: <CooperativeLayout />,
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                lazy: page(() => import("./routes/coop/dashboard")),
              },
              {
                path: "products",
                lazy: page(() => import("./routes/coop/products")),
              },
              {
                path: "products/new",
                lazy: page(() => import("./routes/coop/product-new")),
              },
              {
                path: "products/:id",
                lazy: page(() => import("./routes/coop/product-detail")),
              },
              {
                path: "batches",
                lazy: page(() => import("./routes/coop/batches")),
              },
              {
                path: "batches/new",
                lazy: page(() => import("./routes/coop/batch-new")),
              },
              {
                path: "batches/:id",
                lazy: page(() => import("./routes/coop/batch-detail")),
              },
              {
                path: "batches/:id/labels",
                lazy: page(() => import("./routes/coop/batch-labels")),
              },
              {
                path: "households",
                lazy: page(() => import("./routes/coop/households")),
              },
              {
                path: "households/new",
                lazy: page(() => import("./routes/coop/household-new")),
              },
              {
                path: "households/:id",
                lazy: page(() => import("./routes/coop/household-detail")),
              },
              {
                path: "orders",
                lazy: page(() => import("./routes/coop/orders")),
              },
              {
                path: "orders/:id",
                lazy: page(() => import("./routes/coop/order-detail")),
              },
              {
                path: "orders/:id/packing-slip",
                lazy: page(() => import("./routes/coop/packing-slip")),
              },
              {
                path: "linkage",
                lazy: page(() => import("./routes/coop/linkage")),
              },
              {
                path: "linkage/statement/:householdId",
                lazy: page(() => import("./routes/coop/linkage-statement")),
              },
              {
                path: "linkage/slips",
                lazy: page(() => import("./routes/coop/linkage-slips")),
              },
              { path: "team", lazy: page(() => import("./routes/coop/team")) },
            ],
          },
        ],
      },
      {
        path: "bureau",
        element: <RequireActor actor="bureau_user" />,
        children: [
          {
            // Printed reports: outside the console's frame.
            path: "print/:report",
            errorElement: <RouteError />,
            lazy: page(() => import("./routes/bureau/print")),
          },
          {
            element: <BureauLayout />,
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                lazy: page(() => import("./routes/bureau/dashboard")),
              },
              {
                path: "approvals",
                lazy: page(() => import("./routes/bureau/approvals")),
              },
              {
                path: "cooperatives/:id",
                lazy: page(() => import("./routes/bureau/cooperative-detail")),
              },
              {
                path: "households/:id",
                lazy: page(() => import("./routes/bureau/household-detail")),
              },
              {
                path: "attribution",
                lazy: page(() => import("./routes/bureau/attribution")),
              },
              {
                path: "attribution/:countyCode",
                lazy: page(() => import("./routes/bureau/attribution")),
              },
              {
                path: "attribution/:countyCode/:cooperativeId",
                lazy: page(() => import("./routes/bureau/attribution")),
              },
              {
                path: "poverty-line",
                lazy: page(() => import("./routes/bureau/poverty-line")),
              },
              {
                path: "omitted",
                lazy: page(() => import("./routes/bureau/omitted")),
              },
              {
                path: "oversight",
                element: <Navigate to="/bureau/oversight/flags" replace />,
              },
              {
                path: "oversight/flags",
                lazy: page(() => import("./routes/bureau/oversight-flags")),
              },
              {
                path: "oversight/cases",
                lazy: page(() => import("./routes/bureau/oversight-cases")),
              },
              {
                path: "oversight/aid",
                lazy: page(() => import("./routes/bureau/oversight-aid")),
              },
              {
                path: "oversight/summary",
                lazy: page(() => import("./routes/bureau/oversight-summary")),
              },
              {
                path: "oversight/settings",
                lazy: page(() => import("./routes/bureau/oversight-settings")),
              },
              {
                // Reached from the case queue, no longer from the nav.
                path: "income-decline",
                lazy: page(() => import("./routes/bureau/income-decline")),
              },
              {
                path: "concentration",
                lazy: page(() => import("./routes/bureau/concentration")),
              },
              {
                path: "benefit",
                lazy: page(() => import("./routes/bureau/benefit")),
              },
              {
                path: "disputes",
                lazy: page(() => import("./routes/bureau/disputes")),
              },
              {
                path: "registry",
                lazy: page(() => import("./routes/bureau/registry")),
              },
              {
                path: "coverage",
                lazy: page(() => import("./routes/bureau/coverage")),
              },
              {
                path: "audit-log",
                lazy: page(() => import("./routes/bureau/audit-log")),
              },
            ],
          },
        ],
      },
      { path: "*", lazy: page(() => import("./routes/not-found")) },
    ],
  },
])
