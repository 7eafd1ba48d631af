import { idNumberCheckCharacter, POVERTY_CAUSES } from "@tianfu/domain"
import { syntheticHeadName, syntheticStatus } from "./synthetic"
import { placeIn } from "./data/places"
import { seededRandom } from "./random"

export const REGISTRY_SAMPLE_ROWS = 300
const ZHAOJUE = "513431"

// The rows of the sample that are wrong on purpose, by their row in the
// file (the header is row 1), with the field the import reports.
export const REGISTRY_SAMPLE_MISTAKES = [
  { row: 42, field: "id_number" },
  { row: 77, field: "county_code" },
  { row: 123, field: "registry_number" },
  { row: 188, field: "poverty_cause" },
  { row: 240, field: "member_count" },
  { row: 301, field: "village" },
] as const

const HEADER =
  "户编号,户主姓名,身份证号,联系电话,家庭人口,县代码,乡镇,行政村,致贫原因,识别年度,脱贫年度,状态,收入年度,务工收入,转移性收入,财产性收入"

const CAUSES = Object.values(POVERTY_CAUSES)

// A sample registry of Zhaojue County as a county bureau would export it
// (a few hundred synthetic households, born in the 1940s so their ID
// numbers meet none of the demo's), with a handful of rows wrong on
// purpose (REGISTRY_SAMPLE_MISTAKES): a walk-through of the registry import.
export function registrySampleCsv(): string {
  const random = seededRandom(2026_12_04)
  const lines = [HEADER]
  for (let i = 1; i <= REGISTRY_SAMPLE_ROWS; i++) {
    const row = i + 1
    const birth = `${random.int(1940, 1949)}${String(random.int(1, 12)).padStart(2, "0")}${String(random.int(1, 28)).padStart(2, "0")}`
    const first17 = `${ZHAOJUE}${birth}${String(i % 1000).padStart(3, "0")}`
    let id = first17 + idNumberCheckCharacter(first17)
    const status = syntheticStatus(random)
    const lifted = status === "lifted" ? random.pick([2019, 2020]) : null
    const cells = {
      registry: `${ZHAOJUE}03R${String(i).padStart(5, "0")}`,
      name: syntheticHeadName(ZHAOJUE, random),
      phone: `1${random.pick(["38", "39", "58"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`,
      members: String(random.int(2, 8)),
      county: ZHAOJUE,
      ...placeIn(ZHAOJUE, random),
      cause: random.pick(CAUSES) as string,
      identified: String(random.pick([2014, 2015, 2016])),
      status: {
        registered: "未脱贫",
        lifted: "已脱贫",
        monitored: "监测户",
        returned: "返贫",
      }[status],
    }
    const withIncome = random.next() < 0.6
    const income = withIncome
      ? [
          "2025",
          (random.int(0, 1_200_000) / 100).toFixed(2),
          (random.int(0, 400_000) / 100).toFixed(2),
          (random.int(0, 50_000) / 100).toFixed(2),
        ]
      : ["", "", "", ""]
    const mistake = REGISTRY_SAMPLE_MISTAKES.find((m) => m.row === row)
    switch (mistake?.field) {
      case "id_number":
        id = id.slice(0, 17) + (id[17] === "1" ? "2" : "1")
        break
      case "county_code":
        cells.county = "510824"
        break
      case "registry_number":
        cells.registry = `${ZHAOJUE}03R${String(1).padStart(5, "0")}`
        break
      case "poverty_cause":
        cells.cause = "懒惰"
        break
      case "member_count":
        cells.members = "0"
        break
      case "village":
        cells.village = ""
        break
    }
    lines.push(
      [
        cells.registry,
        cells.name,
        id,
        cells.phone,
        cells.members,
        cells.county,
        cells.township,
        cells.village,
        cells.cause,
        cells.identified,
        lifted ?? "",
        cells.status,
        ...income,
      ].join(",")
    )
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`
}
