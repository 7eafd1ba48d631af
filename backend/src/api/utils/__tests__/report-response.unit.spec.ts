import { Readable } from "node:stream"
import { enriched, listReport } from "../report-response"

const collect = async <T>(rows: AsyncIterable<T>) => {
  const out: T[] = []
  for await (const row of rows) out.push(row)
  return out
}

describe("report rows completed chunk by chunk", () => {
  it("asks for names once per chunk of 500 and keeps every row in order", async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => ({ key: `k${i}` }))
    const chunks: number[] = []
    const named = await collect(
      enriched(Readable.from(rows), async (chunk) => {
        chunks.push(chunk.length)
        return chunk.map((r) => ({ ...r, name: r.key.toUpperCase() }))
      })
    )
    expect(chunks).toEqual([500, 500, 234])
    expect(named).toHaveLength(1234)
    expect(named[0]).toEqual({ key: "k0", name: "K0" })
    expect(named[1233]).toEqual({ key: "k1233", name: "K1233" })
    expect(named.map((r) => r.key)).toEqual(rows.map((r) => r.key))
  })

  it("asks for nothing when there are no rows", async () => {
    const enrich = jest.fn(async (chunk: unknown[]) => chunk)
    expect(await collect(enriched(Readable.from([]), enrich))).toEqual([])
    expect(enrich).not.toHaveBeenCalled()
  })
})

describe("a report read whole", () => {
  it("cuts its page and counts every row", async () => {
    const source = listReport(async () => [1, 2, 3, 4, 5])
    expect(await source.page(2, 1)).toEqual({ rows: [2, 3], count: 5 })
    expect(await source.page(10, 4)).toEqual({ rows: [5], count: 5 })
    expect(await collect(await source.stream())).toEqual([1, 2, 3, 4, 5])
  })
})
