import { spawnSync } from "node:child_process"
import fs from "node:fs"

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const hasAptGet = () =>
  spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status ===
  0

// The browser suites drive Debian's Chromium, never a downloaded one. When
// it is missing and we may install packages (root with apt-get), install it
// with the CJK fonts the shop's pages need; otherwise say why they skip.
export function ensureChromium({ log }) {
  if (fs.existsSync(CHROMIUM_PATH)) return { path: CHROMIUM_PATH }
  if (process.getuid?.() !== 0 || !hasAptGet()) {
    return {
      reason: `no Chromium at ${CHROMIUM_PATH}, and apt-get needs root here (apt-get install chromium fonts-noto-cjk)`,
    }
  }
  log("installing Debian's chromium and fonts-noto-cjk (about a minute) …")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  const steps = [
    ["apt-get", ["update", "-qq"]],
    ["apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"]],
  ]
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { env, stdio: "inherit" })
    if (result.status !== 0) {
      return {
        reason: `${command} ${args.join(" ")} failed (${result.status})`,
      }
    }
  }
  return fs.existsSync(CHROMIUM_PATH)
    ? { path: CHROMIUM_PATH }
    : { reason: `apt-get installed chromium but ${CHROMIUM_PATH} is missing` }
}
