import type { Browser, Page } from "playwright-core"
import { TEST_PASSWORD } from "../../helpers/actors"
import {
  chromiumSkipReason,
  launchChromium,
  takeAccessibilityViolations,
} from "../../helpers/browser"
import { type ConsoleServer, startConsole } from "../../helpers/console-server"
import { recordCspViolations } from "../../helpers/security-headers"

export type ConsoleActor = "cooperative_user" | "bureau_user"

// Called at the top of a console suite, before its app boots: the browser
// calls the app under test from the console's own port, and without
// Chromium the browser tests skip, saying why.
export function consoleSuite(name: string) {
  process.env.CONSOLE_CORS = "/^http:\\/\\/localhost:\\d+$/"
  process.env.STORE_CORS = "/^http:\\/\\/localhost:\\d+$/"
  process.env.AUTH_CORS = "/^http:\\/\\/localhost:\\d+$/"
  const skipReason = chromiumSkipReason()
  if (skipReason) process.stdout.write(`${name} skipped: ${skipReason}\n`)
  return {
    skipReason,
    browserIt: skipReason ? it.skip : it,
  }
}

// What the console suites do in the browser, called inside their describe:
// the console built and served against the app under test with Chromium
// beside it (`start`, at the end of the suite's beforeAll; both stopped
// after it), a page in a context of its own, in Chinese at desktop width,
// under the console's Content-Security-Policy — a test fails on any
// violation its pages report — and signing in as a reviewer or a
// cooperative's user.
export function consoleBrowser(skipReason: string | null) {
  let app: ConsoleServer | undefined
  let browser: Browser | undefined
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })
  const cspViolations: string[] = []
  afterEach(() => {
    const found = cspViolations.splice(0)
    expect(found).toEqual([])
    // Every page a test pictured, checked with axe-core (helpers/browser.ts).
    expect(takeAccessibilityViolations()).toEqual([])
  })

  const start = async (options: {
    backendUrl: string
    publishableKey: string
  }) => {
    app = await startConsole(options)
    if (!skipReason) browser = await launchChromium()
    return app
  }

  const newPage = async (): Promise<Page> => {
    const context = await browser!.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "zh-CN",
      acceptDownloads: true,
    })
    await recordCspViolations(context, cspViolations)
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    return page
  }

  const signIn = async (page: Page, actor: ConsoleActor, email: string) => {
    await page.goto(`${app!.url}/login`)
    await page
      .getByText(actor === "bureau_user" ? "商务局审核人员" : "合作社人员")
      .click()
    await page.getByLabel("邮箱").fill(email)
    await page.getByLabel("密码").fill(TEST_PASSWORD)
    await page.getByRole("button", { name: "登录" }).click()
    await page.waitForURL(actor === "bureau_user" ? /\/bureau$/ : /\/coop$/)
  }

  return { start, newPage, signIn }
}
