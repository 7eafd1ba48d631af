import fs from "node:fs"
import os from "node:os"
import path from "node:path"

type EnvFileLib = typeof import("../../scripts/lib/env-file.mjs")
let ensureEnvFile: EnvFileLib["ensureEnvFile"]
let GENERATED_SECRETS: EnvFileLib["GENERATED_SECRETS"]
let parseEnv: EnvFileLib["parseEnv"]

beforeAll(async () => {
  ;({ ensureEnvFile, GENERATED_SECRETS, parseEnv } =
    await import("../../scripts/lib/env-file.mjs"))
})

describe("ensureEnvFile", () => {
  let root: string

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "tianfu-env-"))
  })

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true })
  })

  it("generates every secret on first run, readable by the owner only", () => {
    const { file, generated, values } = ensureEnvFile(root)
    expect(generated.sort()).toEqual(Object.keys(GENERATED_SECRETS).sort())
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(Buffer.from(values.HOUSEHOLD_DATA_KEY, "base64")).toHaveLength(32)
    expect(values.JWT_SECRET).not.toBe(values.COOKIE_SECRET)
    expect(values.JWT_SECRET).not.toBe("supersecret")
  })

  it("gives every installation different secrets", () => {
    const first = ensureEnvFile(root).values
    const otherRoot = fs.mkdtempSync(path.join(os.tmpdir(), "tianfu-env-"))
    const second = ensureEnvFile(otherRoot).values
    fs.rmSync(otherRoot, { recursive: true, force: true })
    expect(second.JWT_SECRET).not.toBe(first.JWT_SECRET)
    expect(second.HOUSEHOLD_DATA_KEY).not.toBe(first.HOUSEHOLD_DATA_KEY)
  })

  it("keeps existing values and user settings on a second run", () => {
    fs.writeFileSync(
      path.join(root, ".env"),
      "REDIS_URL=redis://127.0.0.1:6379\nJWT_SECRET=mine"
    )
    const first = ensureEnvFile(root)
    expect(first.values.JWT_SECRET).toBe("mine")
    expect(first.generated).not.toContain("JWT_SECRET")
    const second = ensureEnvFile(root)
    expect(second.generated).toEqual([])
    const onDisk = parseEnv(fs.readFileSync(second.file, "utf8"))
    expect(onDisk.REDIS_URL).toBe("redis://127.0.0.1:6379")
    expect(onDisk.COOKIE_SECRET).toBe(first.values.COOKIE_SECRET)
  })
})
