import fs from "node:fs"
import path from "node:path"
import { parse } from "csv-parse/sync"
import { parseRegistryRow, registryColumns } from "@tianfu/domain"
import {
  REGISTRY_SAMPLE_MISTAKES,
  REGISTRY_SAMPLE_ROWS,
  registrySampleCsv,
} from "../../seed/src/demo/registry-sample"

const SAMPLE = path.resolve(
  __dirname,
  "../../docs/samples/registry-zhaojue.csv"
)

// The sample registry the README walks through is what its generator
// writes, and its rows are wrong exactly where it says.
describe("the sample registry of Zhaojue", () => {
  it("is the generator's output (regenerate it with registrySampleCsv when the rules change)", () => {
    expect(fs.readFileSync(SAMPLE, "utf8")).toBe(registrySampleCsv())
  })

  it("breaks the row rules only on the rows meant to be wrong", () => {
    const [header, ...records] = parse(registrySampleCsv(), {
      bom: true,
      relax_column_count: true,
    }) as string[][]
    expect(records).toHaveLength(REGISTRY_SAMPLE_ROWS)
    const columns = registryColumns(header)
    if ("error" in columns) throw new Error(columns.error)
    const refused = records.flatMap((record, i) => {
      const cells = Object.fromEntries(
        columns.columns.map((field, j) => [field ?? `_${j}`, record[j]])
      )
      const parsed = parseRegistryRow(cells, i + 2, 2026)
      return "errors" in parsed
        ? parsed.errors.map((e) => ({ row: e.row, field: e.field }))
        : []
    })
    // County and duplicate mistakes are the importer's to find.
    expect(refused).toEqual(
      REGISTRY_SAMPLE_MISTAKES.filter(
        (m) => m.field !== "county_code" && m.field !== "registry_number"
      ).map((m) => ({ ...m }))
    )
  })
})
