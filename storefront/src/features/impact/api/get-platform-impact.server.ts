import { storeGet } from "@/lib/sdk.server"
import type { PlatformImpact } from "../types"

export async function getPlatformImpact() {
  const { impact } = await storeGet<{ impact: PlatformImpact }>("/store/impact")
  return impact
}
