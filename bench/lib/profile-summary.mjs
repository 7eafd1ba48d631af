// `node bench/lib/profile-summary.mjs <file.cpuprofile> [--top=25] [--match=text]
// [--from=s --to=s] [--timeline]`:
// where a V8 CPU profile (BENCH_CPU_PROF, see search-bench.mjs) spent its
// time. Prints self time by package (node_modules/<package>, our source,
// node's internals, idle, GC) and the functions with the most total time
// (self plus callees, each counted once per stack) whose location contains
// --match (default: our backend's build, ".medusa/server/src").
import fs from "node:fs"
import { parseArgs } from "node:util"

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "25" },
    match: { type: "string", default: ".medusa/server/src" },
    // Only the samples between these seconds of the profile, e.g. one
    // scenario's window (find it with --timeline).
    from: { type: "string", default: "0" },
    to: { type: "string", default: "Infinity" },
    // Prints how busy the process was in each 2-second slice, and stops.
    timeline: { type: "boolean", default: false },
  },
})
if (!positionals.length) {
  console.error(
    "usage: node bench/lib/profile-summary.mjs <file.cpuprofile> [--top=25] [--match=text]"
  )
  process.exit(2)
}

for (const file of positionals) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8"))
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id)
  }
  // Microseconds per sample, from the deltas between samples.
  const selfUs = new Map()
  const [from, to] = [Number(values.from) * 1e6, Number(values.to) * 1e6]
  const slices = new Map()
  let at = 0
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0
    at += us
    const slice = slices.get(Math.floor(at / 2e6)) ?? { idle: 0, busy: 0 }
    if (nodes.get(id).callFrame.functionName === "(idle)") slice.idle += us
    else slice.busy += us
    slices.set(Math.floor(at / 2e6), slice)
    if (at < from || at > to) return
    selfUs.set(id, (selfUs.get(id) ?? 0) + us)
  })
  if (values.timeline) {
    console.log(`${file}: busy % per 2 s (second:percent)`)
    console.log(
      [...slices]
        .map(
          ([k, s]) =>
            `${k * 2}:${Math.round((100 * s.busy) / (s.busy + s.idle))}`
        )
        .join(" ")
    )
    continue
  }
  const packageOf = (url, name) => {
    if (!url) return name.startsWith("(") ? name : "(native)"
    const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
    if (m) return m[1]
    if (url.includes(".medusa/server")) return "(ours)"
    if (url.startsWith("node:")) return "(node)"
    return url
  }
  const byPackage = new Map()
  const total = new Map()
  let all = 0
  for (const [id, us] of selfUs) {
    all += us
    const node = nodes.get(id)
    const { url, functionName } = node.callFrame
    const pkg = packageOf(url, functionName)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us)
    // Total time: every matching frame on the stack, once per stack.
    const seen = new Set()
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const frame = nodes.get(n).callFrame
      if (!frame.url.includes(values.match)) continue
      const key = `${frame.functionName || "(anonymous)"} ${frame.url.split(values.match).pop()}:${frame.lineNumber + 1}`
      if (seen.has(key)) continue
      seen.add(key)
      total.set(key, (total.get(key) ?? 0) + us)
    }
  }
  const ms = (us) => `${(us / 1000).toFixed(0).padStart(8)} ms`
  const top = Number(values.top)
  console.log(`${file}: ${ms(all)} sampled`)
  console.log("\nself time by package")
  for (const [pkg, us] of [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)) {
    console.log(
      `${ms(us)}  ${((100 * us) / all).toFixed(1).padStart(5)}%  ${pkg}`
    )
  }
  console.log(`\ntotal time of functions in "${values.match}"`)
  for (const [key, us] of [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)) {
    console.log(`${ms(us)}  ${key}`)
  }
}
