import fs from "node:fs"

// A process's resident memory in MiB, from /proc.
export function rssOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024
}

// Samples a process's resident memory every `everyMs` until stopped;
// stop() answers before, peak and after, in whole MiB.
export function sampleRss(pid, everyMs = 50) {
  const before = rssOf(pid)
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid))
  }, everyMs)
  return {
    stop() {
      clearInterval(timer)
      const after = rssOf(pid)
      return {
        rss_before_mib: Math.round(before),
        rss_peak_mib: Math.round(Math.max(peak, after)),
        rss_after_mib: Math.round(after),
      }
    },
  }
}
