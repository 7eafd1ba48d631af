// The printed form of a result: plain aligned columns, milliseconds.
const out = (line = "") => process.stdout.write(`${line}\n`)
const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–")
const int = (n) => Number(n ?? 0).toLocaleString("en-US")

function row(cells, widths) {
  return cells
    .map((cell, i) =>
      i === 0
        ? String(cell).padEnd(widths[0])
        : String(cell).padStart(widths[i])
    )
    .join("  ")
}

function abRows(label, comparison) {
  const { disabled: a, enabled: b } = comparison
  return [
    label,
    ms(a.p50_ms),
    ms(a.p95_ms),
    ms(a.mean_ms),
    ms(b.p50_ms),
    ms(b.p95_ms),
    ms(b.mean_ms),
    `${comparison.ratio_p50.toFixed(2)}×`,
    `${comparison.ratio_mean.toFixed(2)}×`,
    `+${ms(comparison.added_ms_mean)}`,
  ]
}

export function printAttribution(result, file) {
  const m = result.machine
  out()
  out(
    `  Attribution benchmark  ${result.started_at.slice(0, 16).replace("T", " ")} UTC`
  )
  out(
    `  ${m.cpus} × ${m.cpu_model}, ${m.memory_gb} GB; Node ${m.node}; Medusa ${m.medusa}; PostgreSQL ${m.postgres} (${result.database.source}, database ${result.database.name})`
  )
  out(
    `  Load average (1 min) at start ${m.load_at_start}, at end ${m.load_at_end}: other work on the machine shares its cores`
  )
  out()
  const p = result.placement
  const c = result.capture
  out(
    `  1. Order placement and capture: ${p.orders_per_side} orders per side, interleaved A/B after ${result.options.warmup} warm-up pairs (ms)`
  )
  const w = [34, 7, 7, 7, 7, 7, 7, 6, 6, 8]
  out(
    row(
      ["", "stock", "", "", "attributed", "", "", "ratio", "", "added"],
      w
    ).replace(/^/, "  ")
  )
  out(
    `  ${row(["", "p50", "p95", "mean", "p50", "p95", "mean", "p50", "mean", "mean"], w)}`
  )
  out(`  ${row(abRows("placement (cart completion)", p), w)}`)
  out(`  ${row(abRows("capture (+ attribution)", c), w)}`)
  out(
    `  ${row(["  of which capture alone", "", "", "", ms(c.enabled_capture_step.p50_ms), ms(c.enabled_capture_step.p95_ms), ms(c.enabled_capture_step.mean_ms)], w)}`
  )
  out(
    `  ${row(["  of which attribution", "", "", "", ms(c.enabled_attribution_step.p50_ms), ms(c.enabled_attribution_step.p95_ms), ms(c.enabled_attribution_step.mean_ms)], w)}`
  )
  out(
    "  Stock: completeCartWorkflow / capturePaymentWorkflow. Attributed: completeCartWithAllocationWorkflow /"
  )
  out(
    "  capturePaymentWorkflow + attributeOrderPaymentsWorkflow run right after it (in production attribution runs"
  )
  out(
    "  in the payment.captured subscriber, after the capture has returned). Project subscribers were detached."
  )
  const k = result.checks
  out(
    `  Checks ${k.passed ? "passed" : "FAILED"}: stock orders allocated ${k.disabled.allocated}/${k.disabled.orders}, in the ledger ${k.disabled.attributed}/${k.disabled.orders}; attributed orders allocated ${k.enabled.allocated}/${k.enabled.orders}, in the ledger ${k.enabled.attributed}/${k.enabled.orders}, off by a fen ${k.enabled.ledger_differences}`
  )
  out()

  const l = result.ledger
  const g = l.generation
  out(
    `  2. Bureau reports over the ledger: ${int(l.after.entries)} entries (${int(l.after.synthetic_entries)} synthetic); rollups ${Object.entries(
      l.after.rollup_rows
    )
      .map(([grain, n]) => `${grain} ${int(n)}`)
      .join(", ")}`
  )
  out(
    g.written_rows
      ? `  Generated ${int(g.written_rows)} rows in ${int(g.calls)} recordEntries calls of ~${int(g.rows_per_call)} (${g.writers} writers): ${int(g.write_rows_per_s)} rows/s, ${g.wall_s} s; one call p50 ${ms(g.call_ms.p50_ms)} ms`
      : `  Synthetic ledger already there (${int(g.existing_rows)} rows); generation skipped`
  )
  out(
    `  Sizes: ${Object.entries(l.after.size_mb)
      .map(([t, mb]) => `${t} ${mb} MB`)
      .join(", ")}; vacuum analyze ${l.vacuum_s} s`
  )
  const rw = [34, 8, 8, 8, 7]
  out(
    `  ${row([`province 51, 1 warm-up + ${result.options.reportRuns} runs`, "p50", "p95", "mean", "rows"], rw)}`
  )
  for (const r of result.reports) {
    out(
      `  ${row([r.name, ms(r.summary.p50_ms), ms(r.summary.p95_ms), ms(r.summary.mean_ms), int(r.rows)], rw)}`
    )
  }
  out(
    `  ${row(["recordEntries, 30-entry order", ms(result.record_entries_30.p50_ms), ms(result.record_entries_30.p95_ms), ms(result.record_entries_30.mean_ms), ""], rw)}`
  )
  out()
  const cw = [34, 12, 12, 8]
  out(
    `  ${row(["rollups vs a ledger scan (p50)", "rollups", "ledger scan", "faster"], cw)}`
  )
  for (const r of result.rollups_vs_ledger_scan) {
    out(
      `  ${row([r.name, ms(r.rollup.p50_ms), ms(r.ledger_scan.p50_ms), `${r.speedup_p50}×`], cw)}`
    )
  }
  out()
  out(
    `  Phases (s): setup ${result.database.setup_s}, ${Object.entries(
      result.phases_s
    )
      .map(([name, s]) => `${name} ${s}`)
      .join(", ")}; total ${result.total_s} s`
  )
  out(`  Results: ${file}`)
  out()
}

export function printSearch(result, file) {
  const m = result.machine
  out()
  out(
    `  Search benchmark  ${result.started_at.slice(0, 16).replace("T", " ")} UTC  (${int(result.synthetic_products)} synthetic products + demo, ${result.connections} connections, ${result.duration_s} s per scenario)`
  )
  out(`  ${m.cpus} × ${m.cpu_model}; Node ${m.node}; Medusa ${m.medusa}`)
  const widths = [26, 8, 8, 8, 8, 6, 8, 8, 8, 7, 7]
  for (const provider of result.providers) {
    out()
    out(
      `  provider: ${provider.provider}  (full reindex ${provider.reindex_s.toFixed(1)} s)   vs stock Medusa GET /store/products?q=`
    )
    out(
      `  ${row(["scenario", "p50", "p95", "p99", "req/s", "err", "stock p50", "stock p95", "stock r/s", "p50 ×", "r/s ×"], widths)}`
    )
    for (const s of provider.scenarios) {
      out(
        `  ${row(
          [
            s.scenario,
            ms(s.ours.p50_ms),
            ms(s.ours.p95_ms),
            ms(s.ours.p99_ms),
            s.ours.rps.toFixed(1),
            int(s.ours.errors),
            s.stock ? ms(s.stock.p50_ms) : "–",
            s.stock ? ms(s.stock.p95_ms) : "–",
            s.stock ? s.stock.rps.toFixed(1) : "–",
            s.ratio_p50 ? `${s.ratio_p50.toFixed(2)}×` : "–",
            s.ratio_rps ? `${s.ratio_rps.toFixed(2)}×` : "–",
          ],
          widths
        )}`
      )
    }
  }
  if (result.meilisearch !== "measured")
    out(`\n  Meilisearch ${result.meilisearch}`)
  out(`\n  saved ${file}`)
}

// Initial JavaScript per storefront page against the issue's budget, and
// Lighthouse's mobile performance where it ran.
export function printStorefront(result, file) {
  const widths = [10, 6, 9, 8, 10, 6, 7, 7, 7]
  const pass = (ok) => (ok ? "ok" : "MISS")
  out()
  out(
    `Storefront: initial JS (budget ${result.budget_kb} KB gzip) and Lighthouse mobile (targets ≥ ${result.targets?.performance ?? 95}, CLS ≤ ${result.targets?.cls ?? 0.05})`
  )
  out(
    row(
      [
        "page",
        "files",
        "JS gzip",
        "budget",
        "perf",
        "CLS",
        "LCP ms",
        "TBT ms",
        "target",
      ],
      widths
    )
  )
  for (const [name, size] of Object.entries(result.sizes)) {
    const lh = result.pages?.[name]
    out(
      row(
        [
          name,
          size.files,
          `${size.gzip_kb.toFixed(1)} KB`,
          pass(size.within_budget),
          lh ? (lh.runs ? lh.runs.join("/") : lh.performance) : "–",
          lh ? lh.cls.toFixed(3) : "–",
          lh ? Math.round(lh.lcp_ms) : "–",
          lh ? Math.round(lh.tbt_ms) : "–",
          lh
            ? pass(
                lh.performance >= result.targets.performance &&
                  lh.cls <= result.targets.cls
              )
            : "–",
        ],
        widths
      )
    )
  }
  if (result.skipped) out(`Lighthouse not run: ${result.skipped}`)
  out(`(${file})`)
}

// The benefit-linkage routes next to the stock routes of the same run,
// recording a payment, and the 10,000-row upload with the server's memory.
export function printLinkage(result, file) {
  const f = result.facts
  out()
  out(
    `  Benefit linkage benchmark  ${result.started_at.slice(0, 16).replace("T", " ")} UTC  (${int(f.sizes.payouts)} payout entries, ${int(f.sizes.obligations)} obligations, ${int(f.sizes.households_with_agreements)} of ${int(f.sizes.households)} households with agreements; year ${f.year}; ${result.duration_s} s per scenario)`
  )
  out(
    `  Sichuan reviewer (prefix 51); cooperative ${f.cooperative.handle}: ${int(f.cooperative.payouts)} entries, ${int(f.cooperative.households)} households, ${int(f.agreements_in_force)} agreements in force`
  )
  const widths = [38, 7, 7, 7, 7, 4, 9, 9, 9, 7, 7, 6]
  out(
    `  ${row(["scenario", "p50", "p95", "p99", "req/s", "err", "stock p50", "stock p95", "stock r/s", "p50 ×", "r/s ×", "≤100"], widths)}`
  )
  for (const s of result.scenarios) {
    const one = s.ours.connections === 1
    out(
      `  ${row(
        [
          s.scenario,
          ms(s.ours.p50_ms),
          ms(s.ours.p95_ms),
          ms(s.ours.p99_ms),
          s.ours.rps.toFixed(1),
          int(s.ours.errors),
          ms(s.stock.p50_ms),
          ms(s.stock.p95_ms),
          s.stock.rps.toFixed(1),
          `${s.ratio_p50.toFixed(2)}×`,
          `${s.ratio_rps.toFixed(2)}×`,
          one ? (s.ours.p95_ms <= 100 ? "ok" : "MISS") : "",
        ],
        widths
      )}`
    )
  }
  out(
    `  stock: ${[...new Set(result.scenarios.map((s) => s.stock.route))].join("; ")}`
  )
  const r = result.record_payout
  if (r) {
    out(
      `  ${row(
        [
          "record a payout, 1 conn.",
          ms(r.ours.p50_ms),
          ms(r.ours.p95_ms),
          ms(r.ours.p99_ms),
          r.ours.rps.toFixed(1),
          int(r.ours.errors),
          ms(r.stock.p50_ms),
          ms(r.stock.p95_ms),
          r.stock.rps.toFixed(1),
          `${r.ratio_p50.toFixed(2)}×`,
          `${r.ratio_rps.toFixed(2)}×`,
          "",
        ],
        widths
      )}`
    )
    out(`  (${r.route} against stock ${r.stock_route})`)
  }
  const i = result.import
  if (i) {
    const line = (name, x) =>
      `  ${name}: ${x.seconds.toFixed(2)} s, ${int(x.imported)} imported, ${int(x.skipped)} skipped, ${x.errors} errors; server RSS ${x.rss_before_mib} → peak ${x.rss_peak_mib} → after ${x.rss_after_mib} MiB`
    out(
      `  CSV upload of ${int(i.rows)} payments (${int(i.bytes)} bytes, ${i.agreements} agreements), all_or_nothing`
    )
    out(line("first  ", i.first))
    out(line("again  ", i.again))
  }
  printRegistryImport(result.registry_import)
  out(`\n  saved ${file}`)
}

// The registry import's three runs (see registry-bench.mjs).
export function printRegistryImport(g, file) {
  if (!g) return
  const line = (name, x) =>
    `  ${name}: ${int(x.rows)} rows in ${x.seconds.toFixed(1)} s (${int(x.rows_per_second)} rows/s): ${int(x.created)} created, ${int(x.updated)} updated, ${int(x.unchanged)} unchanged, ${int(x.failed)} failed; server RSS ${x.rss_before_mib} → peak ${x.rss_peak_mib} → after ${x.rss_after_mib} MiB`
  out(`  Registry import, streamed (county ${g.county}, removed afterwards)`)
  out(line("small  ", g.small))
  out(line("large  ", g.large))
  out(line("again  ", g.again))
  if (file) out(`\n  saved ${file}`)
}

// The oversight benchmark (see oversight-bench.mjs).
export function printOversight(result, file) {
  const f = result.facts
  const g = result.generation
  out()
  out(
    `  Aid oversight  ${result.started_at.slice(0, 16).replace("T", " ")} UTC  (database ${result.database}, year ${result.year})`
  )
  out(
    `  ${int(f.households)} households in ${f.counties.length} counties, ${int(f.aid_records)} aid records (${f.aid_record_mib} MiB with indexes); aid per household p50 ${f.records_p50}, max ${f.records_max}; givers p50 ${f.givers_p50}, max ${f.givers_max}`
  )
  out(
    g.written
      ? `  generated ${int(g.written)} aid records by SQL in ${g.seconds.toFixed(1)} s (${int(g.rows_per_second)} rows/s), vacuum analyze ${g.vacuum_s.toFixed(1)} s`
      : `  the ${int(g.existing)} synthetic aid records were there; generation skipped`
  )
  out()
  const rw = [8, 10, 10, 11, 12, 8, 9, 8, 7, 18, 13]
  out(
    `  ${row(["run", "duration", "wall", "households", "aid records", "opened", "reopened", "cleared", "cases", "RSS before→peak", "poll p50/max"], rw)}`
  )
  for (const [name, r] of Object.entries(result.runs ?? {})) {
    out(
      `  ${row([name, `${(r.duration_ms / 1000).toFixed(1)} s`, `${r.wall_s.toFixed(1)} s`, int(r.households), int(r.aid_records), int(r.flags_opened), int(r.flags_reopened), int(r.flags_cleared), int(r.cases_opened), `${r.rss_before_mib} → ${r.rss_peak_mib}`, `${ms(r.poll_p50_ms)}/${ms(r.poll_max_ms)}`], rw)}`
    )
  }
  const byRule = (result.findings?.flags ?? [])
    .map((x) => `${x.rule} ${x.status} ${int(x.n)}`)
    .join(", ")
  const byCategory = (result.findings?.cases ?? [])
    .map((x) => `${x.category} ${x.status} ${int(x.n)}`)
    .join(", ")
  out(`  flags: ${byRule}`)
  out(`  cases: ${byCategory}`)
  const q = result.queue
  if (q) {
    out()
    const first = q.scenarios[0]
    const qw = [40, 8, 8, 8, 7, 7, 7, 7, 4]
    out(
      `  ${row(["", "", `1 conn. (${first.alone.requests})`, "", `${first.connections} conn. (${int(first.requests)} requests)`, "", "", "", ""], qw)}`
    )
    out(
      `  ${row(["queue, 50 a page", "rows", "p50", "p95", "p50", "p95", "p99", "req/s", "err"], qw)}`
    )
    for (const s of q.scenarios) {
      out(
        `  ${row([s.scenario, int(s.count), ms(s.alone.p50_ms), ms(s.alone.p95_ms), ms(s.p50_ms), ms(s.p95_ms), ms(s.p99_ms), s.rps.toFixed(1), int(s.errors + s.alone.errors)], qw)}`
      )
    }
  }
  for (const [i, c] of (result.csv ?? []).entries()) {
    out(
      `  CSV of the open flags (${i + 1}): ${int(c.rows)} rows, ${int(c.bytes)} bytes in ${c.seconds.toFixed(2)} s (first byte ${ms(c.first_byte_ms)} ms); server RSS ${c.rss_before_mib} → peak ${c.rss_peak_mib} → after ${c.rss_after_mib} MiB`
    )
  }
  const a = result.aid_import
  if (a) {
    const line = (name, x) =>
      `  ${name}: ${int(x.rows)} rows in ${x.seconds.toFixed(1)} s (${int(x.rows_per_second)} rows/s): ${int(x.created)} created, ${int(x.updated)} updated, ${int(x.unchanged)} unchanged, ${int(x.failed)} failed; server RSS ${x.rss_before_mib} → peak ${x.rss_peak_mib} → after ${x.rss_after_mib} MiB`
    out(`  Aid list import, streamed (dated ${a.year}, removed afterwards)`)
    out(line("first  ", a.first))
    out(line("again  ", a.again))
  }
  if (file) out(`\n  saved ${file}`)
}
