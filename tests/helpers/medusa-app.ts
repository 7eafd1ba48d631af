import crypto from "node:crypto"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"
import supertest from "supertest"

export const BACKEND_DIR = path.resolve(__dirname, "../../backend")

export type HttpSuite = {
  // A supertest agent bound to the booted app's base URL.
  request: () => ReturnType<typeof supertest>
  // The app's base URL, for clients that are not supertest (a browser).
  baseUrl: () => string
  getContainer: () => MedusaContainer
}

// Medusa's runner migrates every module on every boot, through this
// function (looked up on its module at each call). On a copy of the current
// schema there is nothing to run, but finding that out loads every module's
// migrations: seconds per file, skipped here. Its link sync still runs: it
// also registers our link definitions, and on a current schema it is quick.
type UseDb = { migrateDatabase: (...args: unknown[]) => Promise<void> }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const useDb: UseDb = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")
let schemaCopied = false
const migrateDatabase = useDb.migrateDatabase
useDb.migrateDatabase = (...args) =>
  schemaCopied ? Promise.resolve() : migrateDatabase(...args)

// The file's database as a copy of the migrated schema `npm test` prepared
// (scripts/lib/test-template.mjs), so Medusa's runner finds nothing to
// migrate. Without one (jest run by hand) or if the copy fails, the runner
// builds the database itself, as it always could.
async function copySchemaTemplate(dbName: string): Promise<void> {
  const template = process.env.TEST_SCHEMA_TEMPLATE
  if (!template) return
  const client = new Client({
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(
      `create database "${dbName}" template "${template.replace(/"/g, '""')}"`
    )
    schemaCopied = true
  } catch (error) {
    process.stderr.write(
      `copying the test schema ${template} failed; Medusa's runner migrates instead: ${String(error)}\n`
    )
  } finally {
    await client.end()
  }
}

// Boots one Medusa app (real PostgreSQL, fresh database from a template per
// test) for a whole file: booting costs ~20 s, so group tests by file.
export function describeHttp(
  name: string,
  suite: (context: HttpSuite) => void
): void {
  // Unique per file and worker; the runner drops it when the file ends.
  const dbName = `tianfu-test-${crypto.randomBytes(6).toString("hex")}-${process.env.JEST_WORKER_ID ?? "1"}`
  // Runs before the runner's own beforeAll (an outer hook comes first).
  beforeAll(() => copySchemaTemplate(dbName), 60_000)
  medusaIntegrationTestRunner({
    dbName,
    cwd: BACKEND_DIR,
    inApp: true,
    testSuite: ({ api, getContainer }) => {
      const baseUrl = () =>
        (api as { defaults: { baseURL: string } }).defaults.baseURL
      const request = () => supertest(baseUrl())
      describe(name, () => suite({ request, baseUrl, getContainer }))
    },
  })
}
