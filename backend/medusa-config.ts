import fs from "node:fs"
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import {
  buildInfrastructureModules,
  describeInfrastructure,
} from "./src/lib/infrastructure"
import {
  buildNotificationModule,
  describeNotifications,
} from "./src/lib/notifications/settings"
import {
  buildPaymentModules,
  describePayments,
} from "./src/lib/payments/settings"

// The nearest folder, from `start` up, that holds `marker` (else `start`):
// the backend may run from backend/ or from backend/.medusa/server, and the
// repository keeps one .env (written by `npm start`) at its root.
function findUp(start: string, marker: string): string {
  let dir = start
  for (let i = 0; i < 4; i++) {
    if (fs.existsSync(path.join(dir, marker))) return dir
    dir = path.dirname(dir)
  }
  return start
}

// Tests are hermetic: they get their settings from scripts/test.mjs, never
// from a developer's .env (whose REDIS_URL would change the modules under test).
if (process.env.NODE_ENV !== "test") {
  loadEnv(process.env.NODE_ENV || "development", findUp(process.cwd(), ".env"))
}

// Evidence files (payment receipts, signed agreements) are private: Medusa's
// local file provider writes them to PRIVATE_FILES_DIR (default
// .data/private-files in the repository), a folder no route serves — only
// our document routes read them, for their owner or a reviewer. Product
// images stay public under /static.
const privateFilesDir = path.resolve(
  process.env.PRIVATE_FILES_DIR ||
    path.join(
      findUp(__dirname, path.join("packages", "domain")),
      ".data",
      "private-files"
    )
)

const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const consoleUrl = process.env.CONSOLE_URL || "http://localhost:7001"
const infrastructure = describeInfrastructure(process.env)
// Stripe when STRIPE_API_KEY is set; Medusa's manual provider always.
const payments = describePayments(process.env)
const DOMAIN_MODULES = [
  "county",
  "cooperative",
  "bureau",
  "household",
  "batch",
  "audit",
  "attribution",
  "placement",
  "linkage",
  "oversight",
]
// Meilisearch answers searches when MEILISEARCH_HOST is set; PostgreSQL
// otherwise (the search module keeps its table either way).
const searchOptions = {
  meilisearch: process.env.MEILISEARCH_HOST
    ? {
        host: process.env.MEILISEARCH_HOST,
        apiKey: process.env.MEILISEARCH_API_KEY || undefined,
        index: process.env.MEILISEARCH_INDEX || "products",
      }
    : null,
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: infrastructure.redisUrl,
    workerMode: infrastructure.workerMode,
    http: {
      // The console reads the public county list when a cooperative registers.
      storeCors:
        process.env.STORE_CORS || [storefrontUrl, consoleUrl].join(","),
      adminCors: process.env.ADMIN_CORS || [backendUrl, consoleUrl].join(","),
      authCors:
        process.env.AUTH_CORS ||
        [backendUrl, storefrontUrl, consoleUrl].join(","),
      // Medusa refuses to start in production without these; `npm start`
      // generates them into .env, and there is deliberately no fallback here.
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
      // Our two actor types sign in with email + password like Medusa's own.
      authMethodsPerActor: {
        user: ["emailpass"],
        customer: ["emailpass"],
        cooperative_user: ["emailpass"],
        bureau_user: ["emailpass"],
      },
    },
    // A Secure cookie is never sent back over plain http, which would lock the
    // operator out of /app on http://localhost; only https deployments need it.
    cookieOptions: {
      secure: backendUrl.startsWith("https://"),
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    // /app calls the server that serves it ("/", Medusa's default), so one
    // build works on any host; MEDUSA_ADMIN_BACKEND_URL for a dashboard
    // hosted apart from the API.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: infrastructure.featureFlags,
  modules: [
    ...buildInfrastructureModules(infrastructure),
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              // Where Medusa serves /static from (the app's own folder),
              // whichever directory the process started in.
              upload_dir: path.join(__dirname, "static"),
              private_upload_dir: privateFilesDir,
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
    ...buildPaymentModules(
      payments,
      path.join(__dirname, "src", "modules", "stripe-payment")
    ),
    // Absolute, because Medusa resolves relative paths from process.cwd(),
    // which is the repository root when jest boots the app.
    ...DOMAIN_MODULES.map((name) => ({
      resolve: path.join(__dirname, "src", "modules", name),
    })),
    {
      resolve: path.join(__dirname, "src", "modules", "product-search"),
      options: searchOptions,
    },
    buildNotificationModule(
      describeNotifications(process.env),
      path.join(__dirname, "src", "modules", "notification-smtp")
    ),
  ],
})
