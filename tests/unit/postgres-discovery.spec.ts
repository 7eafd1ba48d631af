import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { freePort } from "../helpers/ports"

type PostgresLib = typeof import("../../scripts/lib/postgres.mjs")
let canConnect: PostgresLib["canConnect"]
let choosePostgres: PostgresLib["choosePostgres"]
let discoverPostgres: PostgresLib["discoverPostgres"]
let withDatabase: PostgresLib["withDatabase"]

beforeAll(async () => {
  ;({ canConnect, choosePostgres, discoverPostgres, withDatabase } =
    await import("../../scripts/lib/postgres.mjs"))
})

jest.setTimeout(120 * 1000)

const embedded = {
  dataDir: "/tmp/unused",
  port: 54999,
  user: "postgres",
  password: "postgres",
}

describe("choosePostgres", () => {
  it("prefers DATABASE_URL over everything else", () => {
    const choice = choosePostgres({
      databaseUrl: "postgres://u:p@db.example:5432/shop",
      localReachable: true,
      embedded,
    })
    expect(choice).toEqual({
      source: "env",
      url: "postgres://u:p@db.example:5432/shop",
    })
  })

  it("uses the local server when one answers and no URL is given", () => {
    const choice = choosePostgres({
      databaseUrl: undefined,
      localReachable: true,
      embedded,
    })
    expect(choice.source).toBe("local")
    expect(choice.url).toBe("postgres://postgres@127.0.0.1:5432/postgres")
  })

  it("falls back to the embedded server when nothing else is reachable", () => {
    const choice = choosePostgres({
      databaseUrl: undefined,
      localReachable: false,
      embedded,
    })
    expect(choice.source).toBe("embedded")
    expect(choice.url).toBe(
      "postgres://postgres:postgres@127.0.0.1:54999/postgres"
    )
  })
})

describe("discoverPostgres", () => {
  it("does not probe or start anything when DATABASE_URL is set", async () => {
    const result = await discoverPostgres({
      env: { DATABASE_URL: "postgres://someone@127.0.0.1:1/elsewhere" },
      root: os.tmpdir(),
      localUrl: "postgres://postgres@127.0.0.1:1/postgres",
      embedded,
    })
    expect(result.source).toBe("env")
    expect(result.url).toBe("postgres://someone@127.0.0.1:1/elsewhere")
  })

  it("starts a real embedded PostgreSQL when the local port is closed", async () => {
    const closedPort = await freePort()
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tianfu-embedded-"))
    // As root, PostgreSQL runs as a system user that must reach the data dir.
    fs.chmodSync(dataDir, 0o755)
    const port = await freePort()
    const localUrl = `postgres://postgres@127.0.0.1:${closedPort}/postgres`
    expect(await canConnect(localUrl, 500)).toBe(false)

    const result = await discoverPostgres({
      env: {},
      root: dataDir,
      localUrl,
      embedded: {
        dataDir: path.join(dataDir, "pg"),
        port,
        user: "postgres",
        password: "postgres",
      },
    })
    try {
      expect(result.source).toBe("embedded")
      const client = new Client({
        connectionString: withDatabase(result.url, "postgres"),
      })
      await client.connect()
      const { rows } = await client.query("show server_version")
      await client.end()
      expect(rows[0].server_version).toMatch(/^\d+\.\d+/)
    } finally {
      await result.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
    expect(await canConnect(result.url, 500)).toBe(false)
  })
})
