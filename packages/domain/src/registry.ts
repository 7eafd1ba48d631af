import { isValidIdNumber, normalizeIdNumber } from "./id-number"

// The registry a county bureau keeps (建档立卡), one household a row, as
// its spreadsheet exports it: the rules a row must pass before it is
// written, the same for an upload and for seed:scale.

// The national categories of poverty cause, with the words registries use.
export const POVERTY_CAUSES = {
  illness: "因病",
  disability: "因残",
  lack_of_labour: "缺劳力",
  lack_of_skills: "缺技术",
  lack_of_land: "缺土地",
  lack_of_water: "缺水",
  disaster: "因灾",
  schooling: "因学",
  lack_of_capital: "缺资金",
  other: "其他",
} as const
export type PovertyCause = keyof typeof POVERTY_CAUSES

// A cause as a registry or a form gives it — the code or the Chinese
// word — as its code; null when it is not one of the national categories.
export function povertyCauseOf(text: string): PovertyCause | null {
  const value = text.trim()
  return (
    (Object.entries(POVERTY_CAUSES).find(
      ([code, label]) => code === value || label === value
    )?.[0] as PovertyCause | undefined) ?? null
  )
}

const STATUSES = {
  registered: ["registered", "未脱贫", "贫困户", "在册"],
  lifted: ["lifted", "已脱贫", "脱贫", "脱贫户"],
  monitored: ["monitored", "监测户", "监测", "边缘户"],
  returned: ["returned", "返贫", "返贫户"],
} as const
export type RegistryStatus = keyof typeof STATUSES

// A member's relation to the head, as registries write it. A file with a
// relation column lists one person a row: the head's row carries the
// household, the others are its members.
export const RELATIONS = {
  head: ["head", "户主", "本人"],
  spouse: ["spouse", "配偶", "妻", "夫", "妻子", "丈夫"],
  child: [
    "child",
    "子",
    "女",
    "之子",
    "之女",
    "儿子",
    "女儿",
    "长子",
    "长女",
    "次子",
    "次女",
  ],
  child_in_law: ["child_in_law", "儿媳", "女婿", "之儿媳", "之女婿"],
  grandchild: [
    "grandchild",
    "孙子",
    "孙女",
    "之孙子",
    "之孙女",
    "外孙子",
    "外孙女",
  ],
  parent: [
    "parent",
    "父亲",
    "母亲",
    "之父",
    "之母",
    "公公",
    "婆婆",
    "岳父",
    "岳母",
  ],
  grandparent: ["grandparent", "祖父", "祖母", "外祖父", "外祖母"],
  sibling: [
    "sibling",
    "兄弟姐妹",
    "兄",
    "弟",
    "姐",
    "妹",
    "哥哥",
    "弟弟",
    "姐姐",
    "妹妹",
  ],
  other: ["other", "其他"],
} as const
export type Relation = keyof typeof RELATIONS

// A relation as a file gives it, as its code; null when unknown.
export function relationOf(text: string): Relation | null {
  const value = text.trim()
  return (
    (Object.entries(RELATIONS) as [Relation, readonly string[]][]).find(
      ([, words]) => words.includes(value)
    )?.[0] ?? null
  )
}

// Column headers: our field names, or the Chinese a registry export uses.
export const REGISTRY_HEADERS: Record<string, string[]> = {
  registry_number: ["registry_number", "户编号", "建档立卡编号", "户码"],
  head_name: ["head_name", "户主姓名", "户主", "姓名"],
  relation: ["relation", "与户主关系", "关系"],
  id_number: ["id_number", "身份证号", "户主身份证号", "证件号码"],
  phone: ["phone", "联系电话", "手机号"],
  member_count: ["member_count", "家庭人口", "家庭人口数", "人口数"],
  county_code: ["county_code", "县代码", "区县代码"],
  township: ["township", "乡镇", "乡（镇）"],
  village: ["village", "行政村", "村"],
  poverty_cause: ["poverty_cause", "致贫原因", "主要致贫原因"],
  year_identified: ["year_identified", "识别年度", "纳入年度"],
  year_lifted: ["year_lifted", "脱贫年度"],
  status: ["status", "状态", "贫困户状态"],
  income_year: ["income_year", "收入年度"],
  wage_income: ["wage_income", "务工收入", "工资性收入"],
  transfer_income: ["transfer_income", "转移性收入"],
  property_income: ["property_income", "财产性收入"],
  // Whether the household may hold the minimum living allowance beside
  // poor-household support (兜底保障, 两线合一): 是 or 否.
  dual_support: ["dual_support", "两线合一", "低保兜底", "兜底保障"],
}

const REQUIRED = [
  "registry_number",
  "head_name",
  "id_number",
  "member_count",
  "county_code",
  "township",
  "village",
] as const

// A row as written: money in fen, causes and statuses as codes.
export type RegistryRow = {
  registry_number: string
  head_name: string
  id_number: string
  phone: string | null
  member_count: number
  county_code: string
  township: string
  village: string
  poverty_cause: PovertyCause | null
  year_identified: number | null
  year_lifted: number | null
  status: RegistryStatus
  // null when the file does not say.
  dual_support: boolean | null
  income: {
    year: number
    wage: number
    transfer: number
    property: number
  } | null
}

// A problem with one row: its line in the file, the field, why — never
// the value (an ID number must not reach an error report).
export type RegistryRowError = { row: number; field: string; reason: string }

// A spreadsheet's header row → our field for each column, by the names
// a file may give it (case, spaces and a BOM aside); unknown columns are
// null. The registry's and the aid list's headers alike.
export function headerFields(
  header: string[],
  names: Record<string, string[]>
): (string | null)[] {
  const normalize = (h: string) =>
    h
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase()
  return header.map((h) => {
    const name = normalize(h)
    for (const [field, aliases] of Object.entries(names)) {
      if (aliases.some((a) => a.toLowerCase() === name)) return field
    }
    return null
  })
}

// The file's header row → our field for each column (unknown columns are
// ignored); a missing required column is a file error naming it.
export function registryColumns(
  header: string[]
): { columns: (string | null)[] } | { error: string } {
  const columns = headerFields(header, REGISTRY_HEADERS)
  // One person a row: the household's size is its rows.
  const perMember = columns.includes("relation")
  const missing = REQUIRED.filter(
    (field) =>
      !columns.includes(field) && !(perMember && field === "member_count")
  )
  return missing.length
    ? { error: `missing column(s): ${missing.join(", ")}` }
    : { columns }
}

// An amount as a spreadsheet writes it: yuan with at most two decimals
// (thousands separators removed first), read to fen without floating point.
export const YUAN_TEXT = /^\d{1,9}(\.\d{1,2})?$/
export const yuanTextToFen = (text: string) => {
  const [whole, fraction = ""] = text.split(".")
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"))
}

// A member's row of a one-person-a-row file: its household's registry
// number, its relation to the head and its ID number.
export type RegistryMember = {
  registry_number: string
  relation: Exclude<Relation, "head">
  id_number: string
}

export function parseMemberRow(
  cells: Record<string, string | undefined>,
  row: number
): { member: RegistryMember } | { errors: RegistryRowError[] } {
  const errors: RegistryRowError[] = []
  const text = (field: string) => (cells[field] ?? "").trim()
  const relation = relationOf(text("relation"))
  if (!relation || relation === "head") {
    errors.push({
      row,
      field: "relation",
      reason: "must be a relation to the head (配偶, 子, 女, 父亲 …)",
    })
  }
  const idNumber = text("id_number")
  if (!idNumber) errors.push({ row, field: "id_number", reason: "is required" })
  else if (!isValidIdNumber(idNumber)) {
    errors.push({
      row,
      field: "id_number",
      reason: "is not a valid resident ID number (GB 11643 check digit)",
    })
  }
  if (errors.length) return { errors }
  return {
    member: {
      registry_number: text("registry_number"),
      relation: relation as Exclude<Relation, "head">,
      id_number: normalizeIdNumber(idNumber),
    },
  }
}

// One row of the file (cells by field) checked and converted; `row` is its
// line number for the error report. `listed`: in a one-person-a-row file,
// how many people the file lists for the household (its size when the
// head's row gives none).
export function parseRegistryRow(
  cells: Record<string, string | undefined>,
  row: number,
  thisYear = new Date().getFullYear(),
  listed?: number
): { row: RegistryRow } | { errors: RegistryRowError[] } {
  const errors: RegistryRowError[] = []
  const fail = (field: string, reason: string) =>
    errors.push({ row, field, reason })
  const given = (cells.member_count ?? "").trim()
  if (listed !== undefined && !given) {
    cells = { ...cells, member_count: String(listed) }
  }
  const text = (field: string) => (cells[field] ?? "").trim()
  for (const field of REQUIRED) {
    if (!text(field)) fail(field, "is required")
  }
  const registryNumber = text("registry_number")
  if (registryNumber && !/^[0-9A-Za-z-]{4,40}$/.test(registryNumber)) {
    fail("registry_number", "must be 4–40 letters, digits or dashes")
  }
  const headName = text("head_name")
  if (headName.length > 50 || /[\p{Cc}]/u.test(headName)) {
    fail("head_name", "must be at most 50 printable characters")
  }
  const idNumber = text("id_number")
  if (idNumber && !isValidIdNumber(idNumber)) {
    fail(
      "id_number",
      "is not a valid resident ID number (GB 11643 check digit)"
    )
  }
  const phone = text("phone").replace(/[\s-]/g, "")
  if (phone && !/^1\d{10}$/.test(phone)) {
    fail("phone", "must be an 11-digit mainland mobile number")
  }
  const members = text("member_count")
  if (members && !/^\d{1,2}$/.test(members)) {
    fail("member_count", "must be a whole number from 1 to 30")
  } else if (members && (Number(members) < 1 || Number(members) > 30)) {
    fail("member_count", "must be a whole number from 1 to 30")
  }
  const county = text("county_code")
  if (county && !/^\d{6}$/.test(county)) {
    fail("county_code", "must be a six-digit GB/T 2260 code")
  }
  for (const field of ["township", "village"]) {
    if (text(field).length > 100) fail(field, "must be at most 100 characters")
  }
  let cause: PovertyCause | null = null
  const causeText = text("poverty_cause")
  if (causeText) {
    cause = povertyCauseOf(causeText)
    if (!cause) {
      fail("poverty_cause", "must be one of the national categories")
    }
  }
  const year = (field: string) => {
    const value = text(field)
    if (!value) return null
    if (!/^\d{4}$/.test(value) || +value < 2013 || +value > thisYear) {
      fail(field, `must be a year from 2013 to ${thisYear}`)
      return null
    }
    return Number(value)
  }
  const identified = year("year_identified")
  const lifted = year("year_lifted")
  if (identified && lifted && lifted < identified) {
    fail("year_lifted", "must not be before year_identified")
  }
  let status: RegistryStatus = lifted ? "lifted" : "registered"
  const statusText = text("status")
  if (statusText) {
    const found = (
      Object.entries(STATUSES) as [RegistryStatus, readonly string[]][]
    ).find(([, words]) => words.includes(statusText))?.[0]
    if (!found)
      fail("status", "must be registered, lifted, monitored or returned")
    else status = found
  }
  if (status === "lifted" && !lifted) {
    fail("year_lifted", "is required for a lifted household")
  }
  let dualSupport: boolean | null = null
  const dualText = text("dual_support").toLowerCase()
  if (dualText) {
    if (["是", "yes", "true", "1", "y"].includes(dualText)) dualSupport = true
    else if (["否", "no", "false", "0", "n"].includes(dualText)) {
      dualSupport = false
    } else fail("dual_support", "must be 是 or 否")
  }
  let income: RegistryRow["income"] = null
  const incomeFields = ["wage_income", "transfer_income", "property_income"]
  if (incomeFields.some((f) => text(f)) || text("income_year")) {
    const incomeYear = year("income_year")
    if (!text("income_year")) fail("income_year", "is required with income")
    const amounts = incomeFields.map((field) => {
      const value = text(field).replace(/,/g, "")
      if (!value) return 0
      if (!YUAN_TEXT.test(value)) {
        fail(field, "must be an amount in yuan with at most two decimals")
        return 0
      }
      return yuanTextToFen(value)
    })
    if (incomeYear) {
      income = {
        year: incomeYear,
        wage: amounts[0],
        transfer: amounts[1],
        property: amounts[2],
      }
    }
  }
  if (errors.length) return { errors }
  return {
    row: {
      registry_number: registryNumber,
      head_name: headName,
      id_number: normalizeIdNumber(idNumber),
      phone: phone || null,
      member_count: Number(members),
      county_code: county,
      township: text("township"),
      village: text("village"),
      poverty_cause: cause,
      year_identified: identified,
      year_lifted: lifted,
      status,
      dual_support: dualSupport,
      income,
    },
  }
}
