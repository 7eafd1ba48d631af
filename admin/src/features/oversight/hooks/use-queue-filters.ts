import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router"
import type { OversightKind, QueueFilters } from "../api/types"

const FIELDS = [
  "county_code",
  "township",
  "status",
  "kind",
  "older_than_days",
  "assigned",
] as const

const ASSIGNED = ["", "me", "nobody", "anyone"]

// A queue's filters, its page and the item open in the drawer, all in the
// URL (a reload or a shared link shows the same); applying filters goes
// back to the first page and keeps the open item.
export function useQueueFilters(kind: OversightKind) {
  const [params, setParams] = useSearchParams()
  const filters = useMemo<QueueFilters>(() => {
    const assigned = params.get("assigned") ?? ""
    return {
      county_code: params.get("county_code") ?? "",
      township: params.get("township") ?? "",
      status: params.get("status") ?? "open",
      kind: params.get("kind") ?? "",
      older_than_days: params.get("older_than_days") ?? "",
      assigned: (ASSIGNED.includes(assigned)
        ? assigned
        : "") as QueueFilters["assigned"],
    }
  }, [params])
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const openId = params.get(kind)

  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(params)
      change(next)
      setParams(next, { replace: true })
    },
    [params, setParams]
  )

  const setFilters = useCallback(
    (values: QueueFilters) =>
      update((next) => {
        for (const field of FIELDS) {
          const value = values[field]
          if (value === "" || (field === "status" && value === "open"))
            next.delete(field)
          else next.set(field, value)
        }
        next.delete("offset")
      }),
    [update]
  )
  const setOffset = useCallback(
    (value: number) =>
      update((next) =>
        value > 0 ? next.set("offset", String(value)) : next.delete("offset")
      ),
    [update]
  )
  const setOpenId = useCallback(
    (id: string | null) =>
      update((next) => (id ? next.set(kind, id) : next.delete(kind))),
    [kind, update]
  )
  return { filters, offset, setFilters, setOffset, openId, setOpenId }
}
