import { info, step } from "../../scripts/lib/log.mjs"
import { withClient } from "./oversight-data.mjs"
import { sampleRss } from "./rss.mjs"

// An aid list as a bureau gets it from a helper: the Chinese headers, one
// record a row, the household by its registry number.
const HEADER = "户编号,帮扶类别,帮扶主体,用途,金额（元）,实物,发放日期,凭证号\n"
const KINDS = [
  ["东西部协作", "浙江省宁波市", "劳务协作补贴"],
  ["产业补贴", "县农业农村局", "产业奖补"],
  ["结对帮扶", "成都市商务局", "结对帮扶慰问金"],
  ["教育救助", "县教育局", "义务教育寄宿生补助"],
  ["社会捐赠", "县慈善总会", "冬衣捐赠"],
]
// The import's references and file names: what cleanUp removes.
const REFERENCE = "BENCH-AIDIMP-"
const FILENAME = "bench-aid-"

// Row i: household i of the list, a day of `year` (the year before the
// rules' year, so the rule runs do not see it).
function aidRow(i, registryNumber, year) {
  const [kind, giver, purpose] = KINDS[i % KINDS.length]
  const day = new Date(Date.UTC(year, 0, 1 + (i % 360)))
    .toISOString()
    .slice(0, 10)
  const yuan = `${100 + (i % 2900)}.${String(i % 100).padStart(2, "0")}`
  return `${registryNumber},${kind},${giver},${purpose},${yuan},,${day},${REFERENCE}${i}\n`
}

// The file as a stream generated while it is sent: the client holds the
// registry numbers only.
function aidBody(numbers, year) {
  let i = 0
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${HEADER}`))
    },
    pull(controller) {
      if (i >= numbers.length) return controller.close()
      let chunk = ""
      while (i < numbers.length && chunk.length < 64 * 1024) {
        chunk += aidRow(i, numbers[i], year)
        i++
      }
      controller.enqueue(encoder.encode(chunk))
    },
  })
}

async function importOnce(url, headers, pid, numbers, year) {
  const opened = await fetch(`${url}/bureau/aid/imports`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ filename: `${FILENAME}${numbers.length}.csv` }),
  })
  if (opened.status !== 201) {
    throw new Error(
      `open an aid import: ${opened.status} ${await opened.text()}`
    )
  }
  const { import: record } = await opened.json()
  const rss = sampleRss(pid)
  const started = performance.now()
  let memory
  try {
    const sent = await fetch(`${url}/bureau/aid/imports/${record.id}/file`, {
      method: "POST",
      headers: { ...headers, "content-type": "text/csv" },
      body: aidBody(numbers, year),
      duplex: "half",
    })
    const body = await sent.json()
    if (sent.status !== 200 || body.import?.status !== "completed") {
      throw new Error(
        `aid import: ${sent.status} ${JSON.stringify(body).slice(0, 500)}`
      )
    }
    const seconds = (performance.now() - started) / 1000
    memory = rss.stop()
    return {
      rows: numbers.length,
      seconds,
      rows_per_second: Math.round(numbers.length / seconds),
      created: body.import.rows_created,
      updated: body.import.rows_updated,
      unchanged: body.import.rows_unchanged,
      failed: body.import.rows_failed,
      ...memory,
    }
  } finally {
    if (!memory) rss.stop()
  }
}

// What the import wrote, removed: its aid records, the imports and their
// errors. Its audit entries stay (the audit log is append-only).
async function cleanUp(databaseUrl) {
  await withClient(databaseUrl, async (client) => {
    await client.query("begin")
    await client.query(`delete from aid_record where reference like $1`, [
      `${REFERENCE}%`,
    ])
    await client.query(
      `delete from registry_import_error where import_id in
         (select id from registry_import where kind = 'aid' and filename like $1)`,
      [`${FILENAME}%`]
    )
    await client.query(
      `delete from registry_import where kind = 'aid' and filename like $1`,
      [`${FILENAME}%`]
    )
    await client.query("commit")
    // No autovacuum here: the deleted rows would stay in the rule runs' way.
    await client.query("vacuum (analyze) aid_record")
  })
}

// The aid list import through HTTP (POST /bureau/aid/imports, then the
// file, streamed while it is generated): `rows` records, one for each of
// as many households of the province, dated the year before the rules'
// year; then the same file again (changes nothing). Removed afterwards.
export async function measureAidImport({
  url,
  pid,
  bureau,
  databaseUrl,
  year,
  rows = Number(process.env.BENCH_AID_IMPORT_ROWS ?? 100_000),
}) {
  return step(
    `aid list import: ${rows.toLocaleString("en")} rows, and again`,
    async () => {
      await cleanUp(databaseUrl)
      const numbers = await withClient(databaseUrl, async (client) => {
        const found = await client.query(
          `select registry_number from household
            where deleted_at is null and registry_missing_since is null
              and verification = 'verified' and county_code like '51%'
            order by registry_number limit $1`,
          [rows]
        )
        return found.rows.map((r) => r.registry_number)
      })
      try {
        const first = await importOnce(url, bureau, pid, numbers, year - 1)
        info(
          `  ${first.rows} rows in ${first.seconds.toFixed(1)} s (${first.rows_per_second}/s), RSS ${first.rss_before_mib} → ${first.rss_peak_mib} MiB`
        )
        const again = await importOnce(url, bureau, pid, numbers, year - 1)
        info(
          `  again: ${again.unchanged} unchanged in ${again.seconds.toFixed(1)} s, RSS ${again.rss_before_mib} → ${again.rss_peak_mib} MiB`
        )
        return { year: year - 1, first, again }
      } finally {
        await cleanUp(databaseUrl)
      }
    }
  )
}
