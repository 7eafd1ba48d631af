import { storeGet } from "@/lib/sdk.server"
import type { Trace } from "../types"

export async function getTrace(code: string) {
  const { trace } = await storeGet<{ trace: Trace }>(
    `/store/trace/${encodeURIComponent(code)}`
  )
  return trace
}
