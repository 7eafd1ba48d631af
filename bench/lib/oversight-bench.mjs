import { info, step } from "../../scripts/lib/log.mjs"
import { signIn } from "./linkage-bench.mjs"
import { load } from "./load.mjs"
import {
  analyzeFindings,
  ensureSyntheticAid,
  oversightFacts,
  resetFindings,
  spreadOpenedAt,
  withClient,
} from "./oversight-data.mjs"
import { measureAidImport } from "./oversight-import.mjs"
import { sampleRss } from "./rss.mjs"
import { prepareScaleDatabase, startBackend } from "./search-bench.mjs"

const AID_RECORDS = Number(process.env.BENCH_AID_RECORDS ?? 1_000_000)
const QUEUE_REQUESTS = Number(process.env.BENCH_QUEUE_REQUESTS ?? 200)
const QUEUE_CONNECTIONS = Number(process.env.BENCH_QUEUE_CONNECTIONS ?? 4)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// One run of the rules over the reviewer's jurisdiction, as the console
// starts it (POST /bureau/oversight/runs answers 202 at once and the run
// goes on in the server), followed every 500 ms until it is done, with the
// server's memory sampled every 50 ms. The polls' own latency shows how
// long the run holds the server's event loop.
async function ruleRun({ url, pid, bureau, year }) {
  const rss = sampleRss(pid)
  const started = performance.now()
  const opened = await fetch(`${url}/bureau/oversight/runs`, {
    method: "POST",
    headers: { ...bureau, "content-type": "application/json" },
    body: JSON.stringify({ year }),
  })
  if (opened.status !== 202) {
    rss.stop()
    throw new Error(`start a run: ${opened.status} ${await opened.text()}`)
  }
  const { run } = await opened.json()
  const progress = []
  const polls = []
  let now
  for (;;) {
    await sleep(500)
    const asked = performance.now()
    const response = await fetch(`${url}/bureau/oversight/runs/${run.id}`, {
      headers: bureau,
    })
    now = (await response.json()).run
    polls.push(performance.now() - asked)
    const at_s = (performance.now() - started) / 1000
    if (now.counties_done !== progress.at(-1)?.counties_done) {
      progress.push({
        at_s: Math.round(at_s * 10) / 10,
        counties_done: now.counties_done,
        households: now.households,
        aid_records: now.aid_records,
      })
    }
    if (now.status !== "running") break
  }
  const memory = rss.stop()
  if (now.status !== "completed") {
    throw new Error(`the run ${now.status}: ${now.failure}`)
  }
  polls.sort((a, b) => a - b)
  return {
    id: run.id,
    wall_s: (performance.now() - started) / 1000,
    duration_ms: now.duration_ms,
    counties: now.counties_total,
    households: now.households,
    aid_records: now.aid_records,
    flags_opened: now.flags_opened,
    flags_reopened: now.flags_reopened,
    flags_cleared: now.flags_cleared,
    cases_opened: now.cases_opened,
    poll_p50_ms: polls[Math.floor(polls.length / 2)],
    poll_max_ms: polls.at(-1),
    progress,
    ...memory,
  }
}

// What the runs left: open flags by rule, cases by category, and the
// filter values the queue scenarios use (the county and township with the
// most open flags).
async function findings(databaseUrl, year) {
  return withClient(databaseUrl, async (client) => {
    const rows = async (sql) => (await client.query(sql, [year])).rows
    const flags = await rows(
      `select rule, status, count(*)::int as n from oversight_flag
        where year = $1 and county_code like '51%' and deleted_at is null
        group by 1, 2 order by 1, 2`
    )
    const cases = await rows(
      `select category, status, count(*)::int as n from monitoring_case
        where year = $1 and county_code like '51%' and deleted_at is null
        group by 1, 2 order by 1, 2`
    )
    const [county] = await rows(
      `select county_code, count(*)::int as n from oversight_flag
        where year = $1 and status = 'open' and deleted_at is null
        group by 1 order by 2 desc, 1 limit 1`
    )
    const [township] = await rows(
      `select township, count(*)::int as n from oversight_flag
        where year = $1 and status = 'open' and deleted_at is null
          and county_code like '51%'
        group by 1 order by 2 desc, 1 limit 1`
    )
    return { flags, cases, county, township }
  })
}

// The flag queue (and the case queue) as reviewers page it: 50 a page,
// oldest first, with the console's filters; QUEUE_REQUESTS requests each
// from QUEUE_CONNECTIONS clients after a half-second warm-up, and a
// quarter as many from one client (a request alone).
async function measureQueue({ url, bureau, found }) {
  const base = `${url}/bureau/oversight`
  const count = async (path) => {
    const response = await fetch(`${base}${path}`, { headers: bureau })
    const body = await response.json()
    if (response.status !== 200) {
      throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body)}`)
    }
    return body.count
  }
  const all = await count("/flags?limit=1")
  const scenarios = [
    ["flags, no filter", "/flags?limit=50"],
    [
      `flags, county_code=${found.county.county_code}`,
      `/flags?limit=50&county_code=${found.county.county_code}`,
    ],
    ["flags, rule=repeated", "/flags?limit=50&rule=repeated"],
    [
      `flags, township=${found.township.township}`,
      `/flags?limit=50&township=${encodeURIComponent(found.township.township)}`,
    ],
    ["flags, older_than_days=30", "/flags?limit=50&older_than_days=30"],
    [
      `flags, offset=${all - 50} (last page)`,
      `/flags?limit=50&offset=${Math.max(0, all - 50)}`,
    ],
    ["cases, no filter", "/cases?limit=50"],
  ]
  const results = []
  for (const [name, path] of scenarios) {
    info(`  ${name} …`)
    const rows = await count(path)
    const alone = await load(`${base}${path}`, {
      headers: bureau,
      connections: 1,
      requests: Math.ceil(QUEUE_REQUESTS / 4),
      warmupMs: 500,
    })
    const measured = await load(`${base}${path}`, {
      headers: bureau,
      connections: QUEUE_CONNECTIONS,
      requests: QUEUE_REQUESTS,
      warmupMs: 500,
    })
    results.push({
      scenario: name,
      route: `GET /bureau/oversight${path}`,
      count: rows,
      ...measured,
      alone,
    })
  }
  return { open_flags: all, scenarios: results }
}

// The whole open-flag queue as CSV (format=csv), three times in a row,
// with the server's memory.
async function measureCsv({ url, pid, bureau }) {
  const runs = []
  for (let i = 0; i < 3; i++) {
    const rss = sampleRss(pid, 20)
    const started = performance.now()
    const response = await fetch(`${url}/bureau/oversight/flags?format=csv`, {
      headers: bureau,
    })
    let bytes = 0
    let lines = 0
    let first = null
    for await (const chunk of response.body) {
      first ??= performance.now() - started
      bytes += chunk.length
      for (const byte of chunk) if (byte === 10) lines++
    }
    const seconds = (performance.now() - started) / 1000
    if (response.status !== 200) throw new Error(`CSV: ${response.status}`)
    runs.push({
      seconds,
      first_byte_ms: first,
      rows: lines - 1,
      bytes,
      ...rss.stop(),
    })
    info(`  CSV ${lines - 1} rows, ${bytes} bytes in ${seconds.toFixed(2)} s`)
  }
  return runs
}

// `npm run bench -- --only=oversight`: aid oversight over the scale
// database (see bench/README.md).
export async function oversightBench({ serverUrl, env }) {
  const scale = await prepareScaleDatabase({ serverUrl, env })
  // The bureau's day (China, UTC+8), as the server reckons "this year".
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  const year = Number(today.slice(0, 4))
  const generation = await step(
    `${AID_RECORDS.toLocaleString("en")} synthetic aid records for ${year}`,
    () =>
      ensureSyntheticAid(scale.databaseUrl, {
        year,
        today,
        target: AID_RECORDS,
      })
  )
  const facts = await oversightFacts(scale.databaseUrl, year)
  info(
    `  ${facts.households.toLocaleString("en")} households in ${facts.counties.length} counties, ${facts.aid_records.toLocaleString("en")} aid records in ${year} (${facts.aid_record_mib} MiB)`
  )
  const reset = await resetFindings(scale.databaseUrl, year)
  const backend = await startBackend(scale.backendEnv, "oversight", {
    reindex: false,
  })
  const result = {
    benchmark: "oversight",
    database: scale.name,
    node_options: scale.backendEnv.NODE_OPTIONS ?? null,
    year,
    generation,
    facts,
    reset,
  }
  try {
    const bureau = await signIn(
      backend.url,
      "bureau_user",
      "sichuan@bureau.demo.tianfu"
    )
    const target = { url: backend.url, pid: backend.pid, bureau, year }
    result.runs = {}
    result.vacuum_s = []
    for (const name of ["first", "again"]) {
      result.runs[name] = await step(`rule run (${name})`, () =>
        ruleRun(target)
      )
      result.vacuum_s.push(await analyzeFindings(scale.databaseUrl))
      const r = result.runs[name]
      info(
        `  ${(r.duration_ms / 1000).toFixed(1)} s: ${r.households} households, ${r.aid_records} aid records; flags +${r.flags_opened} ↻${r.flags_reopened} −${r.flags_cleared}; cases +${r.cases_opened}; RSS ${r.rss_before_mib} → ${r.rss_peak_mib} MiB`
      )
    }
    await spreadOpenedAt(scale.databaseUrl, year)
    result.vacuum_s.push(await analyzeFindings(scale.databaseUrl))
    const found = await findings(scale.databaseUrl, year)
    result.findings = found
    result.queue = await step("flag queue", () =>
      measureQueue({ ...target, found })
    )
    result.csv = await step("flag queue as CSV", () => measureCsv(target))
    result.aid_import = await measureAidImport({
      ...target,
      databaseUrl: scale.databaseUrl,
    })
  } finally {
    await backend.stop()
  }
  return result
}
