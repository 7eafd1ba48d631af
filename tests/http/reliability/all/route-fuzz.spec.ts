import fs from "node:fs"
import path from "node:path"
import {
  type Actor,
  loginAs,
  operator,
  TEST_PASSWORD,
} from "../../../helpers/actors"
import { prepareStorefront, type Storefront } from "../../../helpers/checkout"
import { ZHAOJUE } from "../../../helpers/fixtures"
import { BACKEND_DIR, describeHttp } from "../../../helpers/medusa-app"
import {
  createCounties,
  registerApprovedCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

type Method = "get" | "post" | "delete"
type Endpoint = { method: Method; path: string }

const API_DIR = path.join(BACKEND_DIR, "src", "api")

// Every route.ts under backend/src/api with the methods it exports, its
// [param] segments left for the fuzzer to fill: new routes join the pass
// without anyone listing them.
function ourEndpoints(): Endpoint[] {
  const endpoints: Endpoint[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8")
        const route = `/${path.relative(API_DIR, dir).split(path.sep).join("/")}`
        for (const [, method] of source.matchAll(
          /^export const (GET|POST|DELETE)\b/gm
        )) {
          endpoints.push({
            method: method.toLowerCase() as Method,
            path: route,
          })
        }
      }
    }
  }
  walk(API_DIR)
  return endpoints.sort((a, b) =>
    `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`)
  )
}

// Medusa's own routes that our storefront, console and operators use.
const MEDUSA_ENDPOINTS: Endpoint[] = [
  { method: "get", path: "/store/products" },
  { method: "get", path: "/store/products/[id]" },
  { method: "get", path: "/store/product-categories" },
  { method: "get", path: "/store/regions" },
  { method: "post", path: "/store/carts" },
  { method: "get", path: "/store/carts/[id]" },
  { method: "post", path: "/store/carts/[id]" },
  { method: "post", path: "/store/carts/[id]/line-items" },
  { method: "post", path: "/store/carts/[id]/line-items/[line_id]" },
  { method: "delete", path: "/store/carts/[id]/line-items/[line_id]" },
  { method: "post", path: "/store/carts/[id]/customer" },
  { method: "post", path: "/store/carts/[id]/promotions" },
  { method: "post", path: "/store/carts/[id]/shipping-methods" },
  { method: "get", path: "/store/shipping-options" },
  { method: "get", path: "/store/payment-providers" },
  { method: "post", path: "/store/payment-collections" },
  { method: "post", path: "/store/payment-collections/[id]/payment-sessions" },
  { method: "get", path: "/store/orders" },
  { method: "get", path: "/store/orders/[id]" },
  { method: "post", path: "/store/customers" },
  { method: "get", path: "/store/customers/me" },
  { method: "post", path: "/store/customers/me" },
  { method: "post", path: "/auth/customer/emailpass" },
  { method: "post", path: "/auth/customer/emailpass/register" },
  { method: "post", path: "/auth/cooperative_user/emailpass" },
  { method: "post", path: "/auth/cooperative_user/emailpass/register" },
  { method: "post", path: "/auth/bureau_user/emailpass" },
  { method: "post", path: "/auth/user/emailpass" },
  { method: "post", path: "/auth/session" },
  { method: "delete", path: "/auth/session" },
  { method: "post", path: "/auth/token/refresh" },
  { method: "get", path: "/admin/orders" },
  { method: "get", path: "/admin/products" },
]

const PARAM_VALUES = [
  "does_not_exist",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  `${"x".repeat(300)}'%20OR%20'1'%3D'1`,
]

const QUERY_VALUES = [
  "limit=-1&offset=abc&from=not-a-date&to=2026-13-45",
  "limit=1e400&offset=99999999999999999999&group_by=constructor&grain=__proto__&format=xml",
  "fields=*no_such_relation&order=;drop%20table%20batch&county=%00",
  `q[$gt]=&county[]=__proto__&q=${"猕".repeat(3000)}`,
]

const RAW_BODIES: { type: string; body: string }[] = [
  { type: "application/json", body: "{bad json" },
  { type: "application/json", body: "[]" },
  { type: "application/json", body: "null" },
  { type: "application/json", body: '"a string"' },
  {
    type: "application/json",
    body: JSON.stringify({
      __proto__: { admin: true },
      constructor: { prototype: { x: 1 } },
      quantity: -1e308,
      amount: "NaN",
      id_number: { $ne: null },
      contributions: [{ household_id: { $gt: "" }, quantity: "many" }],
      name: "x".repeat(100000),
    }),
  },
  { type: "text/plain", body: "just text" },
]

// A value no answer may repeat back (it would reach logs and pages).
const ECHO = "EchoMarker5134"

// Query attacks, each with the field a 400 must name.
const QUERY_ATTACKS: [string, string | null][] = [
  ["limit=-1", "limit"],
  ["offset=-1", "offset"],
  ["limit=99999999", "limit"],
  [`limit=${ECHO}`, "limit"],
  [`offset=${ECHO}%27%3B--`, "offset"],
  ["from=0000-01-01&to=100000-01-01", null],
  [`q=${ECHO}%ED%A0%80`, null],
  [`q=${ECHO}%00`, "q"],
  [`fields=${ECHO}`, null],
  [`order=${ECHO}`, null],
  [`q=${"=HYPERLINK(1)".repeat(300)}`, null],
]

// Body attacks (as raw JSON text), each with the field a 400 must name.
const BODY_ATTACKS: [string, string | null][] = [
  [`{"email":${"[".repeat(10_000)}"x"${"]".repeat(10_000)}}`, "email"],
  [JSON.stringify({ name: "x".repeat(1024 * 1024) }), null],
  [`{"name":"${ECHO}\\ud800"}`, "name"],
  [JSON.stringify({ name: `${ECHO}\u0000` }), "name"],
  [
    JSON.stringify({
      email: ECHO,
      quantity: ECHO,
      occurred_at: `${ECHO}-02-30`,
      limit: ECHO,
      items: [{ variant_id: ECHO, quantity: -1 }],
    }),
    null,
  ],
  [JSON.stringify({ name: "=cmd|' /C calc'!A0", story: "@SUM(1+1)" }), null],
]

// Stack frames, file paths or dependency names in a response tell an
// attacker how the server is built.
const LEAK = /\n\s+at \S|node_modules|\/work\/|\.ts:\d+:\d+/

// Malformed path parameters, query strings and bodies against every route
// of ours (and a few of Medusa's), as each kind of caller: no 5xx, no stack
// traces. Bad input must be a 4xx naming what was wrong.
describeHttp("route fuzz", ({ request, getContainer }) => {
  let storefront: Storefront
  const actors: Record<string, Record<string, string>> = {}

  beforeAll(async () => {
    storefront = await prepareStorefront(getContainer())
    const admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE])
    const { coop, bureau } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@fuzz.coop",
        name: "模糊测试合作社",
        handle: "fuzz",
        county_code: ZHAOJUE.code,
        serial: "MA6FF0001",
      },
      {
        email: "reviewer@fuzz.gov",
        name: "凉山州商务局",
        jurisdiction_code: "5134",
      }
    )
    await request()
      .post("/auth/customer/emailpass/register")
      .send({ email: "fuzz@example.com", password: TEST_PASSWORD })
    const customer: Actor = await loginAs(
      request,
      "customer",
      "fuzz@example.com"
    )
    const store = { "x-publishable-api-key": storefront.publishableKey }
    actors.anonymous = {}
    actors.store = store
    actors.customer = { ...store, ...customer.headers }
    actors.cooperative = coop.headers
    actors.bureau = bureau.headers
    actors.admin = admin.headers
  })

  // The callers a route is meant for, plus one it is not meant for.
  function callersOf(route: string): string[] {
    if (route.startsWith("/store")) return ["store", "customer", "anonymous"]
    if (route.startsWith("/vendor")) return ["cooperative", "bureau"]
    if (route.startsWith("/bureau")) return ["bureau", "cooperative"]
    if (route.startsWith("/admin")) return ["admin", "customer"]
    if (route.startsWith("/auth")) return ["anonymous", "customer"]
    return ["anonymous"]
  }

  it("refuses NUL characters (which PostgreSQL text cannot hold) with a 400 naming where they were", async () => {
    const cases: [
      string,
      () => Promise<{ status: number; body: { message: string } }>,
    ][] = [
      [
        "path",
        () => request().get("/store/cooperatives/ab%00cd").set(actors.store),
      ],
      [
        "county",
        () => request().get("/store/search?county=5134%0031").set(actors.store),
      ],
      [
        "contributions[0].supplier_name",
        () =>
          request()
            .post("/vendor/batches")
            .set(actors.cooperative)
            .send({ contributions: [{ supplier_name: "村\u0000集体" }] }),
      ],
    ]
    for (const [field, send] of cases) {
      const response = await send()
      expect(response.status).toBe(400)
      expect(response.body.message).toBe(
        `${field}: must not contain NUL characters`
      )
    }
  })

  it("answers completion of a cart that does not exist with a 404, as Medusa's own route does", async () => {
    const response = await request()
      .post("/store/carts/cart_does_not_exist/complete")
      .set(actors.store)
      .send({})
    expect(response.status).toBe(404)
    expect(response.body.message).toBe("Cart id not found: cart_does_not_exist")
  })

  it("answers every malformed request with a 4xx and no trace of the server's insides", async () => {
    const endpoints = [...ourEndpoints(), ...MEDUSA_ENDPOINTS]
    expect(endpoints.length).toBeGreaterThan(50)
    const failures: string[] = []
    let sent = 0
    const check = async (
      label: string,
      send: () => Promise<{ status: number; text: string }>
    ) => {
      sent += 1
      const response = await send()
      if (response.status >= 500) {
        failures.push(
          `${label} → ${response.status} ${response.text.slice(0, 200)}`
        )
      } else if (LEAK.test(response.text ?? "")) {
        failures.push(`${label} → leaks: ${response.text.slice(0, 200)}`)
      }
    }
    for (const endpoint of endpoints) {
      const paths = endpoint.path.includes("[")
        ? PARAM_VALUES.map((value) =>
            endpoint.path.replace(/\[[^\]]+\]/g, value)
          )
        : [endpoint.path]
      for (const caller of callersOf(endpoint.path)) {
        const headers = actors[caller]
        for (const url of paths) {
          if (endpoint.method === "get") {
            for (const query of QUERY_VALUES) {
              await check(`${caller} GET ${url}?${query.slice(0, 60)}`, () =>
                request().get(`${url}?${query}`).set(headers)
              )
            }
          } else if (endpoint.method === "delete") {
            await check(`${caller} DELETE ${url}`, () =>
              request().delete(url).set(headers)
            )
          } else {
            for (const { type, body } of RAW_BODIES) {
              await check(
                `${caller} POST ${url} (${type}: ${body.slice(0, 30)})`,
                () =>
                  request()
                    .post(url)
                    .set(headers)
                    .set("content-type", type)
                    .send(body)
              )
            }
          }
        }
      }
    }
    process.stdout.write(
      `route fuzz: ${sent} malformed requests over ${endpoints.length} endpoints, ${failures.length} failures\n${failures
        .map((f) => f.slice(0, 240))
        .join("\n")}\n`
    )
    expect(failures).toEqual([])
  })

  // What an attacker sends on purpose, to every route as each of its
  // callers: the answer is a 4xx, a 400 names the field it is about, and
  // the value sent never comes back.
  it("answers every attack with a 4xx naming the field and never echoes what was sent", async () => {
    const endpoints = [...ourEndpoints(), ...MEDUSA_ENDPOINTS]
    const failures: string[] = []
    let sent = 0
    const started = Date.now()
    const check = async (
      label: string,
      field: string | null,
      send: () => Promise<{ status: number; text: string }>
    ) => {
      sent += 1
      const response = await send()
      const text = response.text ?? ""
      if (response.status >= 500) {
        failures.push(`${label} → ${response.status} ${text.slice(0, 160)}`)
      } else if (text.includes(ECHO)) {
        failures.push(`${label} → echoes: ${text.slice(0, 160)}`)
      } else if (LEAK.test(text)) {
        failures.push(`${label} → leaks: ${text.slice(0, 160)}`)
      } else if (response.status === 400 && field) {
        const message = (JSON.parse(text || "{}") as { message?: string })
          .message
        // A store route without its publishable key is refused before
        // anything in the request is read.
        const keyless = message?.includes("x-publishable-api-key")
        if (!keyless && !message?.includes(field)) {
          failures.push(`${label} → 400 without "${field}": ${message}`)
        }
      }
    }
    for (const endpoint of endpoints) {
      const url = endpoint.path.replace(/\[[^\]]+\]/g, "does_not_exist")
      for (const caller of callersOf(endpoint.path)) {
        const headers = actors[caller]
        if (endpoint.method === "get") {
          for (const [query, field] of QUERY_ATTACKS) {
            await check(
              `${caller} GET ${url}?${query.slice(0, 50)}`,
              field,
              () => request().get(`${url}?${query}`).set(headers)
            )
          }
        } else if (endpoint.method === "delete") {
          await check(`${caller} DELETE ${url}?limit=${ECHO}`, "limit", () =>
            request().delete(`${url}?limit=${ECHO}`).set(headers)
          )
        } else {
          for (const [body, field] of BODY_ATTACKS) {
            await check(
              `${caller} POST ${url} (${body.slice(0, 40)})`,
              field,
              () =>
                request()
                  .post(url)
                  .set(headers)
                  .set("content-type", "application/json")
                  .send(body)
            )
          }
        }
      }
    }
    process.stdout.write(
      `attack sweep: ${sent} requests over ${endpoints.length} endpoints in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failures\n${failures
        .map((f) => f.slice(0, 240))
        .join("\n")}\n`
    )
    expect(failures).toEqual([])
  })
})
