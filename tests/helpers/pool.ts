// Runs `work` over `items` with at most `limit` in flight, keeping order.
export async function mapWithLimit<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lanes = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index], index)
      }
    }
  )
  await Promise.all(lanes)
  return results
}
