import { seededRandom } from "./random"
import { REGISTRY_SAMPLE_MISTAKES, registrySampleCsv } from "./registry-sample"

// The year the sample's aid was given (the rules run for one year).
export const AID_SAMPLE_YEAR = 2026

// Rows wrong on purpose, by their row in the file (header row 1), with
// the field the import reports.
export const AID_SAMPLE_MISTAKES = [
  { row: 31, field: "registry_number" },
  { row: 97, field: "source_kind" },
  { row: 160, field: "given_on" },
] as const

const HEADER =
  "户编号,身份证号,帮扶类别,帮扶单位,用途,金额（元）,发放日期,凭证号"

type Sampled = {
  registry: string
  id: string
  township: string
  village: string
  status: string
}

// The households of the sample registry that import (its own mistakes
// left out), as the aid list names them.
function registryHouseholds(): Sampled[] {
  const [, ...lines] = registrySampleCsv().trim().split("\r\n")
  const wrong = new Set<number>(REGISTRY_SAMPLE_MISTAKES.map((m) => m.row))
  return lines.flatMap((line, i) => {
    if (wrong.has(i + 2)) return []
    const c = line.split(",")
    return [
      {
        registry: c[0],
        id: c[2],
        township: c[6],
        village: c[7],
        status: c[11],
      },
    ]
  })
}

// An aid list of Zhaojue for the households of the sample registry, as
// the county's helpers send them in one year: pairing units, East–West
// projects, the civil affairs bureau's minimum living allowance by the
// month, micro-credit, industrial subsidies, medical and education
// assistance, donations. Built so that every rule finds something: a few
// households aided by many helpers, the same purpose paid twice, the
// allowance beside poor-household support, one village far above its
// township, and households nobody reached. Some rows name the household by
// its head's ID number, and a few are wrong on purpose
// (AID_SAMPLE_MISTAKES).
export function aidSampleCsv(): string {
  const random = seededRandom(2026_12_06)
  const households = registryHouseholds()
  const lines = [HEADER]
  let reference = 0
  const date = (month: number, day = random.int(1, 28)) =>
    `${AID_SAMPLE_YEAR}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
  const add = (
    h: Sampled,
    kind: string,
    giver: string,
    purpose: string,
    yuan: number,
    on: string,
    byId = false
  ) => {
    reference++
    lines.push(
      [
        byId ? "" : h.registry,
        byId ? h.id : "",
        kind,
        giver,
        purpose,
        yuan.toFixed(2),
        on,
        `ZJ-${AID_SAMPLE_YEAR}-${String(reference).padStart(5, "0")}`,
      ].join(",")
    )
  }
  // The village every fourth household of which gets a second subsidy:
  // far above its township.
  const favoured = households[0]?.village
  households.forEach((h, i) => {
    const roll = random.next()
    if (roll < 0.12) return // nobody reached it
    if (h.status === "未脱贫" && roll < 0.3) {
      // The minimum living allowance by the month.
      for (const month of [1, 2, 3]) {
        add(
          h,
          "低保",
          "昭觉县民政局",
          "低保金",
          480,
          date(month, 5),
          i % 7 === 0
        )
      }
      if (roll < 0.2) {
        add(
          h,
          "小额信贷",
          "昭觉县农村信用社",
          "扶贫小额信贷贴息",
          random.int(300, 1500),
          date(4)
        )
      }
      return
    }
    add(
      h,
      "产业补贴",
      "昭觉县农业农村局",
      "牦牛养殖补贴",
      random.int(800, 3000),
      date(random.int(3, 6)),
      i % 9 === 0
    )
    if (roll < 0.45) {
      add(
        h,
        "结对帮扶",
        "成都市某帮扶单位",
        "节日慰问",
        random.int(200, 600),
        date(random.int(1, 2))
      )
    }
    if (roll < 0.52) {
      add(
        h,
        "东西部协作",
        "浙江省某区",
        "劳务协作培训补贴",
        random.int(500, 1500),
        date(random.int(5, 8))
      )
      add(
        h,
        "社会捐赠",
        "某慈善基金会",
        "助学金",
        random.int(300, 1000),
        date(9)
      )
    }
    if (roll > 0.93) {
      // The same purpose again from another giver within weeks.
      add(
        h,
        "产业补贴",
        "竹核乡人民政府",
        "牦牛养殖补贴",
        random.int(800, 2000),
        date(7)
      )
    }
    if (roll > 0.85 && roll <= 0.93) {
      add(
        h,
        "医疗救助",
        "昭觉县医疗保障局",
        "大病救助",
        random.int(1000, 8000),
        date(random.int(6, 10))
      )
    }
    if (h.village === favoured && i % 4 === 0) {
      add(
        h,
        "产业补贴",
        "凉山州乡村振兴局",
        "特色种植补贴",
        random.int(6000, 12000),
        date(8)
      )
    }
  })
  for (const mistake of AID_SAMPLE_MISTAKES) {
    const at = mistake.row - 1
    const cells = lines[at].split(",")
    switch (mistake.field) {
      case "registry_number":
        cells[0] = "51343103R99999"
        cells[1] = ""
        break
      case "source_kind":
        cells[2] = "红包"
        break
      case "given_on":
        cells[6] = `${AID_SAMPLE_YEAR}-02-30`
        break
    }
    lines[at] = cells.join(",")
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`
}
