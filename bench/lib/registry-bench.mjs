import { createRequire } from "node:module"
import fs from "node:fs"
import pg from "pg"
import { info, step } from "../../scripts/lib/log.mjs"
import { signIn } from "./linkage-bench.mjs"
import { prepareScaleDatabase, startBackend } from "./search-bench.mjs"

const require = createRequire(import.meta.url)
const {
  idNumberCheckCharacter,
} = require("../../packages/domain/dist/index.js")

// A county of Sichuan the demo and seed:scale never use (Mianning): the
// import marks the households of the counties a file covers that it does
// not list, so the benchmark keeps to a county of its own and removes
// what it wrote afterwards.
const BENCH_COUNTY = {
  code: "513433",
  name_zh: "冕宁县",
  name_en: "Mianning County",
  prefecture_zh: "凉山彝族自治州",
  prefecture_en: "Liangshan Yi Autonomous Prefecture",
  province_zh: "四川省",
  province_en: "Sichuan",
  poverty_status: "provincial_key",
  lifted_year: 2020,
  contiguous_area: "Liangshan",
  story_zh: "基准测试用县。",
  story_en: "A county for the benchmark.",
}

const HEADER =
  "户编号,户主姓名,身份证号,联系电话,家庭人口,县代码,乡镇,行政村,致贫原因,识别年度,脱贫年度,状态,收入年度,务工收入,转移性收入,财产性收入\n"

// Row i of the synthetic registry: a valid ID (GB 11643 check character),
// other income, a village and township of a few hundred.
export function row(i) {
  const county = BENCH_COUNTY.code
  const day = new Date(Date.UTC(1930, 0, 1) + Math.floor(i / 1000) * 86_400_000)
  const birth = day.toISOString().slice(0, 10).replace(/-/g, "")
  const first17 = `${county}${birth}${String(i % 1000).padStart(3, "0")}`
  const id = first17 + idNumberCheckCharacter(first17)
  return `${county}09B${String(i).padStart(7, "0")},户主${i},${id},139${String(i).padStart(8, "0")},${2 + (i % 6)},${county},乡${i % 20},村${i % 300},因病,2014,,未脱贫,2025,${i % 9000}.50,1200,0\n`
}

// The file as a stream generated while it is sent: the client holds none of
// it either.
function registryBody(rows, from = 0) {
  let i = from
  const end = from + rows
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${HEADER}`))
    },
    pull(controller) {
      if (i >= end) return controller.close()
      let chunk = ""
      while (i < end && chunk.length < 64 * 1024) chunk += row(i++)
      controller.enqueue(encoder.encode(chunk))
    },
  })
}

function rssOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024
}

async function importOnce(url, headers, pid, rows, from = 0) {
  const opened = await fetch(`${url}/bureau/registry/imports`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ filename: `bench-${rows}.csv` }),
  })
  if (opened.status !== 201) {
    throw new Error(`open an import: ${opened.status} ${await opened.text()}`)
  }
  const { import: record } = await opened.json()
  const before = rssOf(pid)
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(pid))
  }, 50)
  const started = performance.now()
  try {
    const sent = await fetch(
      `${url}/bureau/registry/imports/${record.id}/file`,
      {
        method: "POST",
        headers: { ...headers, "content-type": "text/csv" },
        body: registryBody(rows, from),
        duplex: "half",
      }
    )
    const body = await sent.json()
    if (sent.status !== 200 || body.import?.status !== "completed") {
      throw new Error(
        `registry import: ${sent.status} ${JSON.stringify(body).slice(0, 500)}`
      )
    }
    const seconds = (performance.now() - started) / 1000
    return {
      rows,
      seconds,
      rows_per_second: Math.round(rows / seconds),
      created: body.import.rows_created,
      updated: body.import.rows_updated,
      unchanged: body.import.rows_unchanged,
      failed: body.import.rows_failed,
      rss_before_mib: Math.round(before),
      rss_peak_mib: Math.round(Math.max(peak, rssOf(pid))),
      rss_after_mib: Math.round(rssOf(pid)),
    }
  } finally {
    clearInterval(sampler)
  }
}

// What the benchmark wrote, removed: its county, households, other income,
// imports and their errors. Its audit entries stay: the audit log is
// append-only (a trigger refuses DELETE), and they name a county no other
// data uses.
async function cleanUp(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const county = BENCH_COUNTY.code
    await client.query("begin")
    await client.query(
      `delete from household_other_income where household_id in
         (select id from household where county_code = $1)`,
      [county]
    )
    await client.query(`delete from household where county_code = $1`, [county])
    await client.query(
      `delete from registry_import_error where import_id in
         (select id from registry_import where filename like 'bench-%')`
    )
    await client.query(
      `delete from registry_import where filename like 'bench-%'`
    )
    await client.query(`delete from county where code = $1`, [county])
    await client.query("commit")
  } catch (error) {
    await client.query("rollback")
    throw error
  } finally {
    await client.end()
  }
}

// The registry import through HTTP on the production server: a file of
// `small` rows, then one of `large` rows (each streamed as it is
// generated), then the large one again (changes nothing), with the
// server's resident memory sampled every 50 ms. Streaming shows as a peak
// that does not grow with the file: the large file's peak over its start
// is about the small one's. Stock Medusa has no registry to import; the
// figure to compare is the small file against the large.
export async function measureRegistryImport({
  url,
  pid,
  operator,
  bureau,
  databaseUrl,
  small = 10_000,
  large = Number(process.env.BENCH_REGISTRY_ROWS ?? 100_000),
}) {
  return step(
    `registry import: ${small.toLocaleString("en")} then ${large.toLocaleString("en")} rows, and again`,
    async () => {
      await cleanUp(databaseUrl)
      const county = await fetch(`${url}/admin/counties`, {
        method: "POST",
        headers: { ...operator, "content-type": "application/json" },
        body: JSON.stringify(BENCH_COUNTY),
      })
      if (county.status >= 300) {
        throw new Error(
          `create the bench county: ${county.status} ${await county.text()}`
        )
      }
      try {
        const first = await importOnce(url, bureau, pid, small)
        info(
          `  ${first.rows} rows in ${first.seconds.toFixed(1)} s (${first.rows_per_second}/s), RSS ${first.rss_before_mib} → ${first.rss_peak_mib} MiB`
        )
        // New households, after the small file's.
        const big = await importOnce(url, bureau, pid, large, small)
        info(
          `  ${big.rows} rows in ${big.seconds.toFixed(1)} s (${big.rows_per_second}/s), RSS ${big.rss_before_mib} → ${big.rss_peak_mib} MiB`
        )
        const again = await importOnce(url, bureau, pid, large, small)
        info(
          `  again: ${again.unchanged} unchanged in ${again.seconds.toFixed(1)} s, RSS ${again.rss_before_mib} → ${again.rss_peak_mib} MiB`
        )
        return { county: BENCH_COUNTY.code, small: first, large: big, again }
      } finally {
        await cleanUp(databaseUrl)
      }
    }
  )
}

// `npm run bench -- --only=registry`: the registry import alone, on its own
// production server over the scale database (what `linkage` runs last).
export async function registryBench({ serverUrl, env }) {
  const scale = await prepareScaleDatabase({ serverUrl, env })
  const backend = await startBackend(scale.backendEnv, "registry", {
    reindex: false,
  })
  try {
    const registry_import = await measureRegistryImport({
      url: backend.url,
      pid: backend.pid,
      operator: await signIn(backend.url, "user", "admin@tianfu.local"),
      bureau: await signIn(
        backend.url,
        "bureau_user",
        "sichuan@bureau.demo.tianfu"
      ),
      databaseUrl: scale.databaseUrl,
    })
    return {
      benchmark: "registry",
      database: scale.name,
      node_options: scale.backendEnv.NODE_OPTIONS ?? null,
      registry_import,
    }
  } finally {
    await backend.stop()
  }
}
