import { storeGet } from "@/lib/sdk.server"
import type { CooperativeDetail, County, CountyDetail } from "../types"

export async function listCounties() {
  const { counties } = await storeGet<{ counties: County[] }>(
    "/store/counties",
    {
      limit: 100,
    }
  )
  return counties
}

export async function getCounty(code: string) {
  const { county } = await storeGet<{ county: CountyDetail }>(
    `/store/counties/${encodeURIComponent(code)}`
  )
  return county
}

export async function getCooperative(handle: string) {
  const { cooperative } = await storeGet<{ cooperative: CooperativeDetail }>(
    `/store/cooperatives/${encodeURIComponent(handle)}`
  )
  return cooperative
}
