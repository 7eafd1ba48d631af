import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router"

// A report's filters and page offset in the URL (so a reload or a shared
// link shows the same rows); an empty value removes the parameter.
// Applying filters goes back to the first page.
export function useReportFilters<K extends string>(
  defaults: Record<K, string>
) {
  const [params, setParams] = useSearchParams()
  const defaultsKey = JSON.stringify(defaults)
  const filters = useMemo(() => {
    const base = JSON.parse(defaultsKey) as Record<K, string>
    const current = { ...base }
    for (const key of Object.keys(base) as K[]) {
      const value = params.get(key)
      if (value !== null) current[key] = value
    }
    return current
  }, [params, defaultsKey])
  const [offset, setOffset] = useOffsetParam()

  const setFilters = useCallback(
    (next: Partial<Record<K, string>>) => {
      const merged = new URLSearchParams(params)
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === "") merged.delete(key)
        else merged.set(key, String(value))
      }
      merged.delete("offset")
      setParams(merged, { replace: true })
    },
    [params, setParams]
  )

  return { filters, offset, setFilters, setOffset }
}

// One list's page offset in the URL under `key`, for a page with more than
// one paged list (each keeps its own; 0 removes the parameter).
export function useOffsetParam(key = "offset") {
  const [params, setParams] = useSearchParams()
  const offset = Math.max(0, Number(params.get(key)) || 0)
  const setOffset = useCallback(
    (value: number) => {
      const merged = new URLSearchParams(params)
      if (value > 0) merged.set(key, String(value))
      else merged.delete(key)
      setParams(merged, { replace: true })
    },
    [key, params, setParams]
  )
  return [offset, setOffset] as const
}
