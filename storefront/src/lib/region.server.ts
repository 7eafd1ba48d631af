import type { HttpTypes } from "@medusajs/types"
import type { RegionSummary } from "./env"
import { getServerSdk } from "./sdk.server"

let cached: { region: RegionSummary | null; at: number } | undefined
const TTL_MS = 60_000

// The shop sells in one region (China, CNY); prices and carts need its id.
export async function getRegion(): Promise<RegionSummary | null> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.region
  const { regions } = await getServerSdk().store.region.list({
    fields: "id,currency_code",
    limit: 20,
  })
  const pick = (list: HttpTypes.StoreRegion[]) =>
    list.find((r) => r.currency_code === "cny") ?? list[0]
  const region = pick(regions)
  cached = {
    region: region
      ? { id: region.id, currency_code: region.currency_code }
      : null,
    at: Date.now(),
  }
  return cached.region
}
