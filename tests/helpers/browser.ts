import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { seriousViolations } from "./accessibility"

// Debian's Chromium, never a downloaded one. `npm test` installs it when it
// can (root with apt-get); otherwise the browser suites say why they skip.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export function chromiumSkipReason(): string | null {
  if (process.env.TEST_CHROMIUM_SKIP_REASON)
    return process.env.TEST_CHROMIUM_SKIP_REASON
  return fs.existsSync(CHROMIUM_PATH)
    ? null
    : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
}

export const SCREENSHOT_DIR = path.resolve(__dirname, "../screenshots")

// Every step leaves a picture in tests/screenshots/ (git-ignored), and
// every page pictured is checked with axe-core: its serious and critical
// WCAG 2.1 AA violations are collected for the suite to assert none of
// (accessibilityViolations, read and cleared after each test).
const found: string[] = []
export async function screenshot(page: Page, suite: string, name: string) {
  const dir = path.join(SCREENSHOT_DIR, suite)
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
  // In /app only what we added (widgets and routes, data-testid tianfu-…);
  // the dashboard around them is Medusa's.
  const within = suite === "app" ? '[data-testid^="tianfu-"]' : undefined
  for (const v of await seriousViolations(page, within)) {
    found.push(
      `${suite}/${name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(", ")}`
    )
  }
}

export function takeAccessibilityViolations(): string[] {
  return found.splice(0)
}
