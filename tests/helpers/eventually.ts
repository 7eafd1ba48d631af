// Polls until `check` stops throwing: for effects of event subscribers,
// which Medusa runs after the request that emitted the event has returned.
export async function eventually<T>(
  check: () => Promise<T>,
  { timeoutMs = 15000, intervalMs = 100 } = {}
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  }
}
