// Public facts that change rarely (the region, county and category names):
// loaded at most once a minute per server process instead of on every page.
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>) {
  let entry: { value: T; at: number } | undefined
  return async (): Promise<T> => {
    if (entry && Date.now() - entry.at < ttlMs) return entry.value
    const value = await load()
    entry = { value, at: Date.now() }
    return value
  }
}
