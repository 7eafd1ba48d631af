import fs from "node:fs"
import path from "node:path"
import { parse } from "csv-parse/sync"
import {
  aidColumns,
  DEFAULT_OVERSIGHT_SETTINGS,
  evaluateOversight,
  parseAidRow,
} from "@tianfu/domain"
import {
  AID_SAMPLE_MISTAKES,
  AID_SAMPLE_YEAR,
  aidSampleCsv,
} from "../../seed/src/demo/aid-sample"
import { registrySampleCsv } from "../../seed/src/demo/registry-sample"

const SAMPLE = path.resolve(__dirname, "../../docs/samples/aid-zhaojue.csv")

const rows = (csv: string) =>
  parse(csv, { bom: true, relax_column_count: true }) as string[][]

// The sample aid list the README walks through is what its generator
// writes, it is wrong exactly where it says, and every rule finds
// something in it.
describe("the sample aid list of Zhaojue", () => {
  it("is the generator's output (regenerate it with aidSampleCsv when the rules change)", () => {
    expect(fs.readFileSync(SAMPLE, "utf8")).toBe(aidSampleCsv())
  })

  it("breaks the row rules only on the rows meant to be wrong, and names only households of the sample registry", () => {
    const [header, ...records] = rows(aidSampleCsv())
    const columns = aidColumns(header)
    if ("error" in columns) throw new Error(columns.error)
    const registry = rows(registrySampleCsv()).slice(1)
    const numbers = new Set(registry.map((r) => r[0]))
    const ids = new Set(registry.map((r) => r[2]))
    const refused = records.flatMap((record, i) => {
      const cells = Object.fromEntries(
        columns.columns.map((field, j) => [field ?? `_${j}`, record[j]])
      )
      const parsed = parseAidRow(cells, i + 2, `${AID_SAMPLE_YEAR}-12-31`)
      if ("errors" in parsed) {
        return parsed.errors.map((e) => ({ row: e.row, field: e.field }))
      }
      const known = parsed.row.registry_number
        ? numbers.has(parsed.row.registry_number)
        : ids.has(parsed.row.id_number as string)
      return known ? [] : [{ row: i + 2, field: "registry_number" }]
    })
    expect(refused).toEqual(AID_SAMPLE_MISTAKES.map((m) => ({ ...m })))
    expect(records.filter((r) => !r[0]).length).toBeGreaterThan(5)
  })

  it("gives every rule something to find", () => {
    const [header, ...records] = rows(aidSampleCsv())
    const columns = aidColumns(header)
    if ("error" in columns) throw new Error(columns.error)
    const registry = rows(registrySampleCsv()).slice(1)
    const byNumber = new Map(registry.map((r) => [r[0], r]))
    const byId = new Map(registry.map((r) => [r[2], r]))
    const aid = records.flatMap((record, i) => {
      const cells = Object.fromEntries(
        columns.columns.map((field, j) => [field ?? `_${j}`, record[j]])
      )
      const parsed = parseAidRow(cells, i + 2, `${AID_SAMPLE_YEAR}-12-31`)
      if ("errors" in parsed) return []
      const household = parsed.row.registry_number
        ? byNumber.get(parsed.row.registry_number)
        : byId.get(parsed.row.id_number as string)
      return household
        ? [{ ...parsed.row, id: `a${i}`, household_id: household[0] }]
        : []
    })
    const { flags } = evaluateOversight({
      year: AID_SAMPLE_YEAR,
      households: registry
        .filter((r) => r[5] === "513431" && r[7] && r[4] !== "0")
        .map((r) => ({
          id: r[0],
          county_code: r[5],
          township: r[6],
          village: r[7],
          status:
            r[11] === "已脱贫" ? ("lifted" as const) : ("registered" as const),
          member_count: Number(r[4]),
        })),
      aid,
      income: new Map(),
      previous_income: new Map(),
      line: 400_000,
      settings: DEFAULT_OVERSIGHT_SETTINGS,
    })
    const rules = new Set(flags.map((f) => f.rule))
    expect([...rules].sort()).toEqual([
      "imbalance",
      "multiple",
      "omitted",
      "repeated",
      "two_horses",
    ])
  })
})
