import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import supertest from "supertest"

export const BACKEND_DIR = path.resolve(__dirname, "../../backend")

export type HttpSuite = {
  // A supertest agent bound to the booted app's base URL.
  request: () => ReturnType<typeof supertest>
  // The app's base URL, for clients that are not supertest (a browser).
  baseUrl: () => string
  getContainer: () => MedusaContainer
}

// Boots one Medusa app (real PostgreSQL, fresh database from a template per
// test) for a whole file: booting costs ~20 s, so group tests by file.
export function describeHttp(
  name: string,
  suite: (context: HttpSuite) => void
): void {
  medusaIntegrationTestRunner({
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
