import Medusa, { FetchError } from "@medusajs/js-sdk"
import { internalBackendUrl, publicEnv } from "./env.server"

let serverSdk: Medusa | undefined

// Loaders read public store data only, so the server's client never holds a
// customer's token.
export function getServerSdk() {
  serverSdk ??= new Medusa({
    baseUrl: internalBackendUrl(),
    publishableKey: publicEnv().publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
  return serverSdk
}

// GET a store route; a 404 from the backend becomes the page's 404 and a
// 400 (a malformed id or filter in the URL) the page's 400, not a 500.
export async function storeGet<T>(
  path: string,
  query?: Record<string, unknown>
): Promise<T> {
  try {
    return await getServerSdk().client.fetch<T>(path, { query })
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      throw new Response("Not found", { status: 404 })
    }
    if (error instanceof FetchError && error.status === 400) {
      throw new Response("Bad request", { status: 400 })
    }
    throw error
  }
}
