import { useQuery } from "@tanstack/react-query"
import { ApiError, apiUrl } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import { readSession } from "@/lib/session"

// The batch's QR label as an SVG data URL: fetched once with the bearer
// token (an <img src> could not send it), then repeated on the sheet.
export function useBatchLabel(id: string) {
  return useQuery({
    queryKey: queryKeys.batches.label(id),
    queryFn: async () => {
      const token = readSession()?.token
      const response = await fetch(
        apiUrl(`/vendor/batches/${id}/label`, { format: "svg" }),
        { headers: token ? { Authorization: `Bearer ${token}` } : {} }
      )
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as {
          message?: string
        } | null
        throw new ApiError(
          response.status,
          payload?.message || response.statusText
        )
      }
      const svg = await response.text()
      return {
        src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
        traceUrl: response.headers.get("X-Trace-Url"),
      }
    },
    staleTime: 60 * 60_000,
  })
}
