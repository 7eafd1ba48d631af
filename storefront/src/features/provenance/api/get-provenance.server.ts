import { storeGet } from "@/lib/sdk.server"
import type { Provenance, Trace } from "../types"

export async function getProvenance(productId: string) {
  const { provenance } = await storeGet<{ provenance: Provenance }>(
    `/store/products/${encodeURIComponent(productId)}/provenance`
  )
  return provenance
}

export async function getTrace(code: string) {
  const { trace } = await storeGet<{ trace: Trace }>(
    `/store/trace/${encodeURIComponent(code)}`
  )
  return trace
}
