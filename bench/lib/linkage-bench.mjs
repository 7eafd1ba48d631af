import fs from "node:fs"
import pg from "pg"
import { info, step, warn } from "../../scripts/lib/log.mjs"
import { seedScaleOn } from "../../scripts/lib/seed-scale-main.mjs"
import { load } from "./load.mjs"
import { measureRegistryImport } from "./registry-bench.mjs"
import { prepareScaleDatabase, startBackend } from "./search-bench.mjs"

// Payout rows in the uploaded file (the route's maximum).
export const IMPORT_ROWS = 10_000
// Synthetic payout entries below which the scale database is topped up
// (seed:scale adds the benefit linkage to a database made before it had
// one).
const MIN_SYNTHETIC_PAYOUTS = 100_000
const ORDER_LIST_FIELDS = "id,display_id,email,status,created_at"

async function withClient(databaseUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

const syntheticPayouts = (databaseUrl) =>
  withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select count(*)::int as n from linkage_payout where id like 'payout\\_SYN%'"
    )
    return rows[0].n
  }).catch(() => 0)

// What the scenarios need from the database: the year with the most
// payments, the synthetic cooperative with the most payout entries (its
// owner signs in), its agreements in force, and the ledger's size.
async function linkageFacts(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const one = async (sql, params) => (await client.query(sql, params)).rows
    const [{ year }] = await one(
      `select year from linkage_rollup group by year
        order by sum(payments) desc, year desc limit 1`
    )
    const [big] = await one(
      `select c.id, c.handle, c.county_code, n.payouts, n.households
         from (select cooperative_id, count(*)::int as payouts,
                      count(distinct household_id)::int as households
                 from linkage_payout group by cooperative_id) n
         join cooperative c on c.id = n.cooperative_id
        where c.handle like 'synthetic-coop-%'
        order by n.payouts desc, c.id limit 1`
    )
    const agreements = await one(
      `select id, kind from linkage_agreement
        where cooperative_id = $1 and deleted_at is null
          and ends_on is null and starts_on <= now()
        order by id`,
      [big.id]
    )
    const [sizes] = await one(
      `select (select count(*) from linkage_payout)::int as payouts,
              (select count(*) from linkage_payout where entry = 'reversal')::int as reversals,
              (select count(*) from linkage_obligation)::int as obligations,
              (select count(*) from linkage_settlement)::int as settlements,
              (select count(*) from linkage_payout_response)::int as answers,
              (select count(*) from linkage_agreement)::int as agreements,
              (select count(*) from linkage_rollup)::int as rollup_rows,
              (select count(distinct household_id) from linkage_agreement)::int as households_with_agreements,
              (select count(*) from household)::int as households`
    )
    return { year, cooperative: big, agreements, sizes }
  })
}

export async function signIn(url, actor, email) {
  const response = await fetch(`${url}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: process.env.DEMO_PASSWORD }),
  })
  const body = await response.json()
  if (!response.ok || !body.token) {
    throw new Error(
      `sign-in of ${email} (${actor}): ${response.status} ${JSON.stringify(body)}`
    )
  }
  return { authorization: `Bearer ${body.token}` }
}

// One request: status, time and the parsed answer.
async function send(url, init) {
  const started = performance.now()
  const response = await fetch(url, init)
  const text = await response.text()
  return {
    status: response.status,
    ms: performance.now() - started,
    body: text ? JSON.parse(text) : null,
  }
}

function rssOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024
}

// The server's resident memory before, at its peak during (sampled every
// 20 ms) and right after `work`, in MiB.
async function withRss(pid, work) {
  const before = rssOf(pid)
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid))
  }, 20)
  try {
    const result = await work()
    return {
      ...result,
      rss_before_mib: Math.round(before),
      rss_peak_mib: Math.round(Math.max(peak, rssOf(pid))),
      rss_after_mib: Math.round(rssOf(pid)),
    }
  } finally {
    clearInterval(timer)
  }
}

const today = () => new Date().toISOString().slice(0, 10)

// The benefit-linkage routes on the production server over the seed:scale
// database (about a million payout entries for 100,000 households; see
// bench/README.md), each at 1 and `connections` clients, next to stock
// Medusa routes measured in the same run; then recording a payment
// (POST /vendor/payouts) against stock's cart creation, and an upload of
// 10,000 payments as CSV, twice (the second writes nothing), with the
// server's memory.
export async function linkageBench({
  serverUrl,
  env,
  connections,
  durationMs,
}) {
  let scale = await prepareScaleDatabase({ serverUrl, env })
  const existing = await syntheticPayouts(scale.databaseUrl)
  if (existing < MIN_SYNTHETIC_PAYOUTS) {
    warn(
      `${scale.name} has ${existing} synthetic payouts; running seed:scale to add the benefit linkage`
    )
    await seedScaleOn(scale.databaseUrl, {})
    scale = await prepareScaleDatabase({ serverUrl, env })
  }
  return measureLinkage({ scale, connections, durationMs })
}

// The measurements, on a scale database prepared as prepareScaleDatabase
// answers it (the backend built).
export async function measureLinkage({ scale, connections, durationMs }) {
  const facts = await step("reading the linkage facts", () =>
    linkageFacts(scale.databaseUrl)
  )
  const coop = facts.cooperative
  info(
    `  ${facts.sizes.payouts.toLocaleString("en")} payout entries, ${facts.sizes.obligations.toLocaleString("en")} obligations, ${facts.sizes.households_with_agreements.toLocaleString("en")} households with agreements; year ${facts.year}; cooperative ${coop.handle} (${coop.payouts.toLocaleString("en")} entries, ${coop.households} households, ${facts.agreements.length} agreements in force)`
  )
  const result = {
    benchmark: "linkage",
    database: scale.name,
    connections,
    duration_s: durationMs / 1000,
    facts: {
      year: facts.year,
      cooperative: coop,
      agreements_in_force: facts.agreements.length,
      sizes: facts.sizes,
    },
    stock: {},
    scenarios: [],
    record_payout: null,
    import: null,
    registry_import: null,
  }
  const backend = await startBackend(scale.backendEnv, "linkage", {
    reindex: false,
  })
  try {
    const store = { "x-publishable-api-key": scale.base.publishableKey }
    const [bureau, vendor, operator] = [
      await signIn(backend.url, "bureau_user", "sichuan@bureau.demo.tianfu"),
      await signIn(
        backend.url,
        "cooperative_user",
        `owner@${coop.handle}.demo.tianfu`
      ),
      await signIn(backend.url, "user", "admin@tianfu.local"),
    ]
    const get = (path, headers) => async () => {
      const response = await fetch(`${backend.url}${path}`, { headers })
      await response.arrayBuffer()
      return response.ok
    }
    const year = `year=${facts.year}`
    const stockRoutes = {
      // A page of 50 with the count over the 83,000 orders, the fields of
      // a list (not Medusa's default order fields, whose totals cost most).
      "admin orders": {
        route: `GET /admin/orders?limit=50&fields=${ORDER_LIST_FIELDS}`,
        send: get(
          `/admin/orders?limit=50&fields=${ORDER_LIST_FIELDS}`,
          operator
        ),
      },
      "store regions": {
        route: "GET /store/regions",
        send: get("/store/regions", store),
      },
    }
    const scenarios = [
      {
        name: "benefit by cooperative",
        route: `GET /bureau/reports/benefit?${year}`,
        send: get(`/bureau/reports/benefit?${year}`, bureau),
        stock: "admin orders",
      },
      {
        name: "benefit by county",
        route: `GET /bureau/reports/benefit?${year}&group_by=county`,
        send: get(`/bureau/reports/benefit?${year}&group_by=county`, bureau),
        stock: "admin orders",
      },
      {
        name: "benefit by household (1 coop.)",
        route: `GET /bureau/reports/benefit?${year}&group_by=household&cooperative_id=…`,
        send: get(
          `/bureau/reports/benefit?${year}&group_by=household&cooperative_id=${coop.id}`,
          bureau
        ),
        stock: "admin orders",
      },
      {
        name: "late payments",
        route: "GET /bureau/reports/late-payments",
        send: get("/bureau/reports/late-payments", bureau),
        stock: "admin orders",
      },
      {
        name: "floor compliance",
        route: "GET /bureau/reports/floor-compliance",
        send: get("/bureau/reports/floor-compliance", bureau),
        stock: "admin orders",
      },
      {
        name: "vendor payouts",
        route: "GET /vendor/payouts",
        send: get("/vendor/payouts", vendor),
        stock: "admin orders",
      },
      {
        name: "vendor obligations",
        route: "GET /vendor/obligations",
        send: get("/vendor/obligations", vendor),
        stock: "admin orders",
      },
      {
        name: "store impact",
        route: "GET /store/impact",
        send: get("/store/impact", store),
        stock: "store regions",
      },
    ]
    // Every route answers before it is timed.
    for (const s of [...Object.values(stockRoutes), ...scenarios]) {
      if (!(await s.send())) throw new Error(`${s.route} failed`)
    }

    await step("linkage routes under load", async () => {
      for (const c of [1, connections]) {
        const options = { connections: c, durationMs }
        const stock = {}
        for (const [name, s] of Object.entries(stockRoutes)) {
          info(`  stock ${s.route}, ${c} conn. …`)
          stock[name] = { route: s.route, ...(await load(s.send, options)) }
        }
        result.stock[`connections_${c}`] = stock
        for (const s of scenarios) {
          info(`  ${s.name}, ${c} conn. …`)
          const ours = await load(s.send, options)
          const base = stock[s.stock]
          result.scenarios.push({
            scenario: `${s.name}, ${c} conn.`,
            route: s.route,
            ours,
            stock: base,
            ratio_rps: ours.rps / base.rps,
            ratio_p50: ours.p50_ms / base.p50_ms,
          })
        }
      }
    })

    // Unique references for this run's writes.
    const tag = `BENCH-${Date.now().toString(36)}`
    const agreements = facts.agreements
    await step("recording a payment (POST /vendor/payouts)", async () => {
      let n = 0
      const record = async () => {
        const k = n++
        const r = await send(`${backend.url}/vendor/payouts`, {
          method: "POST",
          headers: { ...vendor, "content-type": "application/json" },
          body: JSON.stringify({
            agreement_id: agreements[k % agreements.length].id,
            amount: 100 + (k % 900),
            paid_on: today(),
            method: "bank_transfer",
            reference: `${tag}-P${k}`,
          }),
        })
        if (r.status !== 201) {
          throw new Error(
            `POST /vendor/payouts: ${r.status} ${JSON.stringify(r.body)}`
          )
        }
        return { ok: true, ms: r.ms }
      }
      const createCart = async () => {
        const r = await send(`${backend.url}/store/carts?fields=id`, {
          method: "POST",
          headers: { ...store, "content-type": "application/json" },
          body: JSON.stringify({ region_id: scale.base.regionId }),
        })
        return { ok: r.status === 200, ms: r.ms }
      }
      const options = { connections: 1, durationMs }
      const ours = await load(record, options)
      const stock = await load(createCart, options)
      result.record_payout = {
        route: "POST /vendor/payouts",
        stock_route: "POST /store/carts",
        ours,
        stock,
        ratio_p50: ours.p50_ms / stock.p50_ms,
        ratio_rps: ours.rps / stock.rps,
      }
    })

    result.import = await step(
      `CSV upload of ${IMPORT_ROWS.toLocaleString("en")} payments, twice`,
      async () => {
        const lines = ["agreement_id,amount,paid_on,method,reference"]
        for (let k = 0; k < IMPORT_ROWS; k++) {
          const yuan = (1 + (k % 50) + (k % 100) / 100).toFixed(2)
          lines.push(
            `${agreements[k % agreements.length].id},${yuan},${today()},bank_transfer,${tag}-CSV-${k}`
          )
        }
        const csv = `${lines.join("\n")}\n`
        const upload = () =>
          withRss(backend.pid, async () => {
            const r = await send(`${backend.url}/vendor/payouts/import`, {
              method: "POST",
              headers: { ...vendor, "content-type": "application/json" },
              body: JSON.stringify({ csv, mode: "all_or_nothing" }),
            })
            if (r.status !== 201) {
              throw new Error(
                `POST /vendor/payouts/import: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`
              )
            }
            return {
              seconds: r.ms / 1000,
              imported: r.body.imported,
              skipped: r.body.skipped,
              errors: r.body.errors.length,
            }
          })
        const first = await upload()
        info(
          `  first: ${first.imported} imported in ${first.seconds.toFixed(1)} s`
        )
        const again = await upload()
        info(
          `  again: ${again.imported} imported, ${again.skipped} skipped in ${again.seconds.toFixed(1)} s`
        )
        return {
          rows: IMPORT_ROWS,
          bytes: Buffer.byteLength(csv),
          agreements: agreements.length,
          first,
          again,
        }
      }
    )
    result.registry_import = await measureRegistryImport({
      url: backend.url,
      pid: backend.pid,
      operator,
      bureau,
      databaseUrl: scale.databaseUrl,
    })
  } finally {
    await backend.stop()
  }
  return result
}
