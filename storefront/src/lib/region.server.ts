import { cachedFor } from "./cached.server"
import type { RegionSummary } from "./env"
import { getServerSdk } from "./sdk.server"

// The shop sells in one region (China, CNY); prices and carts need its id.
export const getRegion = cachedFor(
  60_000,
  async (): Promise<RegionSummary | null> => {
    const { regions } = await getServerSdk().store.region.list({
      fields: "id,currency_code",
      limit: 20,
    })
    const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
    return region
      ? { id: region.id, currency_code: region.currency_code }
      : null
  }
)
