import {
  bpAsPercent,
  type CsvColumn,
  fenAsYuan,
  layColumns,
} from "../csv-layout"

type Row = {
  county_code: string
  net_fen: number | string
  binding_rate_bp: number
  status: string
  bound: boolean
  registry_number: string
}

const columns: CsvColumn<Row>[] = [
  { header: "county_code", value: (r) => r.county_code },
  { header: "registry_number", value: (r) => r.registry_number },
  { header: "net_fen", value: (r) => r.net_fen },
  { header: "binding_rate_bp", value: (r) => r.binding_rate_bp },
  { header: "status", value: (r) => r.status },
  { header: "bound", value: (r) => r.bound },
]
const row: Row = {
  county_code: "513431",
  net_fen: "123456789012345",
  binding_rate_bp: 1234,
  status: "lifted",
  bound: true,
  registry_number: "5134310001",
}
const countyNames = new Map([["513431", "昭觉县"]])
const laid = (lang: "zh-CN" | "en") =>
  layColumns(columns, { layout: "reviewer", lang, countyNames })

describe("CSV layouts", () => {
  it("turns fen into yuan with two decimals by integer arithmetic", () => {
    expect(fenAsYuan(0)).toBe("0.00")
    expect(fenAsYuan(5)).toBe("0.05")
    expect(fenAsYuan(-5)).toBe("-0.05")
    expect(fenAsYuan(-100)).toBe("-1.00")
    expect(fenAsYuan(123456)).toBe("1234.56")
    expect(fenAsYuan("900719925474099312")).toBe("9007199254740993.12")
    expect(fenAsYuan(null)).toBeNull()
    expect(fenAsYuan("n/a")).toBe("n/a")
    expect(bpAsPercent(1234)).toBe("12.34%")
    expect(bpAsPercent(10000)).toBe("100.00%")
  })

  it("gives a reviewer their language, yuan, percentages, words and county names", () => {
    const zh = laid("zh-CN")
    expect(zh.map((c) => c.header)).toEqual([
      "县代码",
      "县名",
      "建档编号",
      "净额（元）",
      "带动率（%）",
      "状态",
      "已带动户数",
    ])
    expect(zh.map((c) => c.value(row))).toEqual([
      "513431",
      "昭觉县",
      "5134310001",
      "1234567890123.45",
      "12.34%",
      "已脱贫",
      "是",
    ])
    const en = laid("en")
    expect(en[3].header).toBe("Net (CNY)")
    expect(en.map((c) => c.value(row)).slice(5)).toEqual(["Lifted", "yes"])
  })

  it("keeps the machine layout exactly as the columns are", () => {
    const machine = layColumns(columns, { layout: "machine", lang: "zh-CN" })
    expect(machine).toBe(columns)
    expect(machine.map((c) => c.value(row))).toEqual([
      "513431",
      "5134310001",
      "123456789012345",
      1234,
      "lifted",
      true,
    ])
  })

  it("leaves a code it has no words for as the header, and an unknown county blank", () => {
    const [code, name, other] = layColumns(
      [
        { header: "county_code", value: () => "999999" },
        { header: "mystery", value: () => 1 },
      ],
      { layout: "reviewer", lang: "zh-CN", countyNames }
    )
    expect([code.header, name.header, other.header]).toEqual([
      "县代码",
      "县名",
      "mystery",
    ])
    expect(name.value({})).toBeNull()
  })
})
