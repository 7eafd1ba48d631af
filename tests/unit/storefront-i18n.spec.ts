import fs from "node:fs"
import path from "node:path"

// Every visible string of the shop goes through i18n: both languages must
// hold the same keys, and every key the code names must exist.
const I18N = path.resolve(__dirname, "../../storefront/src/i18n")
const SRC = path.resolve(__dirname, "../../storefront/src")

type Messages = { [key: string]: string | Messages }
const PLURAL = /_(zero|one|two|few|many|other)$/

function keysOf(messages: Messages, prefix = ""): Set<string> {
  const keys = new Set<string>()
  for (const [name, value] of Object.entries(messages)) {
    const key = `${prefix}${name.replace(PLURAL, "")}`
    if (typeof value === "string") keys.add(key)
    else for (const inner of keysOf(value, `${key}.`)) keys.add(inner)
  }
  return keys
}

const load = (file: string) =>
  keysOf(JSON.parse(fs.readFileSync(path.join(I18N, file), "utf8")))

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

describe("storefront translations", () => {
  const zh = load("zh-CN.json")
  const en = load("en.json")

  it("have the same keys in zh-CN and en", () => {
    expect([...zh].filter((k) => !en.has(k))).toEqual([])
    expect([...en].filter((k) => !zh.has(k))).toEqual([])
  })

  it("hold every key the code names literally", () => {
    const used = new Set<string>()
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, "utf8")
      // t("a.b"), t("a.b", …) and i18n keys in zod messages ("checkout.errors.x")
      for (const match of text.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g))
        used.add(match[1])
      for (const match of text.matchAll(
        /"((?:checkout|account)\.errors\.\w+)"/g
      ))
        used.add(match[1])
    }
    expect(used.size).toBeGreaterThan(50)
    expect([...used].filter((key) => !zh.has(key)).sort()).toEqual([])
  })
})
