import http from "node:http"
import v8 from "node:v8"
import vm from "node:vm"
import { Readable } from "node:stream"
import { idNumberCheckCharacter } from "@tianfu/domain"
import { operator } from "../../helpers/actors"
import { ZHAOJUE } from "../../helpers/fixtures"
import { describeHttp } from "../../helpers/medusa-app"
import { createBureauUser, createCounties } from "../../helpers/tenants"

jest.setTimeout(60 * 60 * 1000)

const ROWS = Number(process.env.REGISTRY_IMPORT_ROWS ?? 100_000)

// A full garbage collection on demand: the live heap after it is what an
// import holds (RSS alone also counts garbage V8 has not collected yet).
v8.setFlagsFromString("--expose_gc")
const gc = vm.runInNewContext("gc") as () => void
const liveHeap = () => {
  gc()
  return process.memoryUsage().heapUsed
}

// Row i of a synthetic county registry: distinct registry numbers and
// valid, distinct ID numbers (birth dates in 1930–1939, sequence by i).
function row(i: number): string {
  const day = new Date(Date.UTC(1930, 0, 1) + Math.floor(i / 1000) * 86_400_000)
  const birth = day.toISOString().slice(0, 10).replace(/-/g, "")
  const first17 = `${ZHAOJUE.code}${birth}${String(i % 1000).padStart(3, "0")}`
  const id = first17 + idNumberCheckCharacter(first17)
  return `${ZHAOJUE.code}09S${String(i).padStart(7, "0")},户主${i},${id},139${String(i).padStart(8, "0")},${2 + (i % 6)},${ZHAOJUE.code},乡${i % 20},村${i % 300},因病,2014,,未脱贫,2025,${i % 9000}.50,1200,0\n`
}

// A county registry of ROWS households (100,000 by default) sent as a
// stream and imported as it arrives; then the same file again (nothing
// changes) and the coverage report over what it made. Prints the rows per
// second, the process's peak RSS while importing, and the coverage
// report's latencies — `npm run test:reliability`, not `npm test`.
describeHttp(
  "registry import at scale",
  ({ request, baseUrl, getContainer }) => {
    it(`imports ${ROWS.toLocaleString("en")} rows streamed, then the same file to no effect`, async () => {
      const admin = await operator(getContainer(), request)
      await createCounties(request, admin, [ZHAOJUE])
      const reviewer = await createBureauUser(request, admin, {
        email: "scale@registry.gov",
        name: "昭觉县",
        jurisdiction_code: ZHAOJUE.code,
      })
      const importOnce = async () => {
        const opened = await request()
          .post("/bureau/registry/imports")
          .set(reviewer.headers)
          .send({ filename: "scale.csv" })
        const body = Readable.from(
          (function* () {
            yield "户编号,户主姓名,身份证号,联系电话,家庭人口,县代码,乡镇,行政村,致贫原因,识别年度,脱贫年度,状态,收入年度,务工收入,转移性收入,财产性收入\n"
            let chunk = ""
            for (let i = 0; i < ROWS; i++) {
              chunk += row(i)
              if (chunk.length > 64 * 1024) {
                yield chunk
                chunk = ""
              }
            }
            yield chunk
          })()
        )
        let peak = process.memoryUsage().rss
        const before = peak
        const sampler = setInterval(() => {
          peak = Math.max(peak, process.memoryUsage().rss)
        }, 50)
        // The live heap every 2 s while the file is read.
        const heapBefore = liveHeap()
        let heapPeak = heapBefore
        const heapSampler = setInterval(() => {
          heapPeak = Math.max(heapPeak, liveHeap())
        }, 2000)
        const started = performance.now()
        const answer = await new Promise<{ status: number; text: string }>(
          (resolve, reject) => {
            const url = new URL(
              `/bureau/registry/imports/${opened.body.import.id}/file`,
              baseUrl()
            )
            const req = http.request(
              url,
              {
                method: "POST",
                headers: { ...reviewer.headers, "content-type": "text/csv" },
              },
              (res) => {
                let text = ""
                res.on("data", (c) => (text += c))
                res.on("end", () => resolve({ status: res.statusCode!, text }))
              }
            )
            req.on("error", reject)
            body.pipe(req)
          }
        )
        clearInterval(sampler)
        clearInterval(heapSampler)
        const heapAfter = liveHeap()
        const seconds = (performance.now() - started) / 1000
        expect(answer.status).toBe(200)
        const done = JSON.parse(answer.text).import
        console.log(
          `registry import of ${ROWS} rows: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s; RSS ${Math.round(before / 2 ** 20)} → peak ${Math.round(peak / 2 ** 20)} MiB; live heap ${Math.round(heapBefore / 2 ** 20)} → peak ${Math.round(heapPeak / 2 ** 20)} → after ${Math.round(heapAfter / 2 ** 20)} MiB; ${JSON.stringify(done)}`
        )
        return done
      }
      const first = await importOnce()
      expect(first).toMatchObject({
        status: "completed",
        rows_read: ROWS,
        rows_created: ROWS,
        rows_failed: 0,
      })
      const again = await importOnce()
      expect(again).toMatchObject({
        rows_created: 0,
        rows_updated: 0,
        rows_unchanged: ROWS,
      })

      const times: number[] = []
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now()
        const coverage = await request()
          .get("/bureau/reports/coverage?group_by=township")
          .set(reviewer.headers)
        times.push(performance.now() - t0)
        expect(coverage.body.totals.not_lifted).toBe(ROWS)
      }
      times.sort((a, b) => a - b)
      console.log(
        `coverage report over ${ROWS} households: p50 ${times[9].toFixed(0)} ms, p95 ${times[18].toFixed(0)} ms`
      )
    })
  }
)
