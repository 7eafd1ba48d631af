import { defineConfig } from "@medusajs/framework/utils"

// Stock Medusa for `npm run bench -- --only=stock`: the configuration of
// Medusa's starter (medusa-starter-default) and nothing of ours — no
// modules, links, middlewares, routes or subscribers — run on the same
// seed:scale database as our backend, so Medusa's own store routes can be
// timed with and without what we added. The admin dashboard is not built
// (it plays no part in a store request).
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "*",
      adminCors: process.env.ADMIN_CORS || "*",
      authCors: process.env.AUTH_CORS || "*",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
})
