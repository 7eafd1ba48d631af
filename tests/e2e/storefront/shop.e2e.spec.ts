import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Browser, Page } from "playwright-core"
import { newOneTimeToken } from "../../../backend/src/lib/auth/invite-token"
import {
  createLinkageAgreementWorkflow,
  issuePayoutSlipWorkflow,
  recordPayoutWorkflow,
} from "../../../backend/src/workflows/linkage"
import type { BaseStore } from "../../../seed/src/base-store"
import {
  loginAs,
  operator,
  registerCustomer,
  TEST_PASSWORD,
} from "../../helpers/actors"
import {
  chromiumSkipReason,
  launchChromium,
  screenshot,
  takeAccessibilityViolations,
} from "../../helpers/browser"
import { captureOrderPayment, checkout } from "../../helpers/checkout"
import { startConsole } from "../../helpers/console-server"
import { seedDemoMarketplace } from "../../helpers/demo"
import { eventually } from "../../helpers/eventually"
import { describeHttp } from "../../helpers/medusa-app"
import {
  expectSecurityHeaders,
  recordCspViolations,
} from "../../helpers/security-headers"
import {
  startStorefront,
  type StorefrontServer,
} from "../../helpers/storefront-server"

jest.setTimeout(600 * 1000)

// The browser calls the app under test from the storefront's (and the
// console's) own port.
process.env.STORE_CORS = "/^http:\\/\\/localhost:\\d+$/"
process.env.CONSOLE_CORS = "/^http:\\/\\/localhost:\\d+$/"
process.env.AUTH_CORS = "/^http:\\/\\/localhost:\\d+$/"

const skipReason = chromiumSkipReason()
if (skipReason) {
  process.stdout.write(`storefront e2e skipped: ${skipReason}\n`)
}
const browserIt = skipReason ? it.skip : it

const SUITE = "storefront"
const fenOf = (text: string) =>
  Math.round(Number(text.replace(/[^\d.]/g, "")) * 100)

describeHttp("storefront end to end", ({ request, baseUrl, getContainer }) => {
  let base: BaseStore
  let storefront: StorefrontServer
  let browser: Browser | undefined

  beforeAll(async () => {
    base = await seedDemoMarketplace(getContainer(), { orders: 6 })
    storefront = await startStorefront({
      backendUrl: baseUrl(),
      publishableKey: base.publishableKey,
    })
    if (!skipReason) browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  // Pages render and hydrate under their Content-Security-Policy: a test
  // fails on any violation its pages report.
  const cspViolations: string[] = []
  afterEach(() => {
    const found = cspViolations.splice(0)
    expect(found).toEqual([])
    // Every page a test pictured, checked with axe-core (helpers/browser.ts).
    expect(takeAccessibilityViolations()).toEqual([])
  })

  const sql = async <T>(text: string, bindings: string[] = []) => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return (await knex.raw(text, bindings)).rows as T[]
  }

  const newPage = async (): Promise<Page> => {
    const context = await browser!.newContext({
      viewport: { width: 390, height: 844 },
      locale: "zh-CN",
    })
    await recordCspViolations(context, cspViolations)
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    return page
  }

  it("sends security headers with pages, route data and the API, and no X-Powered-By", async () => {
    const home = await fetch(`${storefront.url}/`)
    expect(home.status).toBe(200)
    const policy = expectSecurityHeaders(home.headers)
    const nonce = policy
      .get("script-src")
      ?.find((source) => source.startsWith("'nonce-"))
      ?.slice("'nonce-".length, -1)
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`])
    expect(policy.get("default-src")).toEqual(["'self'"])
    expect(policy.get("style-src")).toEqual(["'self'"])
    expect(policy.get("object-src")).toEqual(["'none'"])
    // Without STRIPE_PUBLISHABLE_KEY, no Stripe and no frames at all.
    expect(policy.get("frame-src")).toEqual(["'none'"])
    expect(policy.get("connect-src")).toEqual([
      "'self'",
      new URL(baseUrl()).origin,
    ])
    // Every inline script React Router writes carries this page's nonce.
    const html = await home.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    // A fresh one for every page.
    const again = await fetch(`${storefront.url}/products/cangxi-kiwi-dried`)
    expect(again.headers.get("content-security-policy")).not.toContain(nonce)

    // The data client-side navigations fetch, and the built assets.
    const data = await fetch(
      `${storefront.url}/products/cangxi-kiwi-dried.data`
    )
    expect(data.status).toBe(200)
    expect(expectSecurityHeaders(data.headers).get("default-src")).toEqual([
      "'none'",
    ])
    const asset = html.match(/\/assets\/[^"]+\.js/)![0]
    const script = await fetch(`${storefront.url}${asset}`)
    expect(script.status).toBe(200)
    expect(script.headers.get("x-powered-by")).toBeNull()

    // The backend's JSON API: it loads nothing, also when it refuses.
    const api = await request()
      .get("/store/products?limit=1")
      .set("x-publishable-api-key", base.publishableKey)
    expect(api.status).toBe(200)
    const apiPolicy = expectSecurityHeaders(api.headers)
    expect(apiPolicy.get("default-src")).toEqual(["'none'"])
    const refused = await request().get("/store/products?limit=1")
    expect(refused.status).toBe(400)
    expect(expectSecurityHeaders(refused.headers).get("default-src")).toEqual([
      "'none'",
    ])
    const health = await request().get("/health")
    expect(health.headers["x-powered-by"]).toBeUndefined()
  })

  // Pages people land on from search engines and QR codes: the HTML alone,
  // before any JavaScript, names the product, its price and its origin.
  it("server-renders product and trace pages with title, price and provenance", async () => {
    const [{ id }] = await sql<{ id: string }>(
      "select id from product where handle = 'cangxi-kiwi-dried'"
    )
    const provenance = await request()
      .get(`/store/products/${id}/provenance`)
      .set("x-publishable-api-key", base.publishableKey)
    expect(provenance.status).toBe(200)
    const batch = provenance.body.provenance.batches[0] as {
      trace_code: string
      village: string
    }
    const product = await fetch(`${storefront.url}/products/cangxi-kiwi-dried`)
    expect(product.status).toBe(200)
    const html = await product.text()
    expect(html).toContain("<h1")
    expect(html).toContain("猕猴桃果干")
    expect(html).toMatch(/¥\s?32\.00/)
    expect(html).toContain("苍溪县")
    expect(html).toContain(batch.trace_code)
    expect(html).toContain(batch.village)
    expect(html).toMatch(/带动 \d+ 户建档立卡户/)

    const trace = await fetch(`${storefront.url}/t/${batch.trace_code}`)
    expect(trace.status).toBe(200)
    const traceHtml = await trace.text()
    expect(traceHtml).toContain(batch.trace_code)
    expect(traceHtml).toContain("猕猴桃果干")
    expect(traceHtml).toContain(batch.village)
    // Never who: no national ID number reaches the page.
    expect(traceHtml).not.toMatch(/\d{17}[\dX]/)

    // A hand-edited listing URL shows a listing: bad filters are dropped.
    for (const listing of [
      "/products?county=../../etc&category=%00&certification=x&page=-4&sort=bogus&in_stock=maybe",
      "/search?q=%E7%8C%95%E7%8C%B4%E6%A1%83&county=1&category=Fruit!&page=abc",
    ]) {
      const response = await fetch(`${storefront.url}${listing}`)
      expect({ listing, status: response.status }).toEqual({
        listing,
        status: 200,
      })
    }

    const missing = await fetch(`${storefront.url}/t/NOSUCHCODE`)
    expect(missing.status).toBe(404)
    const unknown = await fetch(`${storefront.url}/no/such/page`)
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain("页面不存在")
  })

  browserIt(
    "browses, searches, buys from two cooperatives and shows the impact receipt",
    async () => {
      const page = await newPage()
      await page.goto(storefront.url)
      await page.getByTestId("impact-counter").waitFor()
      await screenshot(page, SUITE, "01-home")

      await page.locator('a[href="/counties/510824"]').first().click()
      await page.getByRole("heading", { level: 1, name: "苍溪县" }).waitFor()
      await screenshot(page, SUITE, "02-county")

      await page.locator('a[href^="/products/cangxi-"]').first().click()
      await page.getByTestId("provenance").waitFor()
      await screenshot(page, SUITE, "03-product")

      // Search from the header, as a shopper would.
      await page.getByRole("searchbox").first().fill("猕猴桃")
      await page.getByRole("searchbox").first().press("Enter")
      await page.waitForURL(/\/search\?q=/)
      const hits = page.locator('main a[href^="/products/"]')
      await hits.first().waitFor()
      expect(await hits.count()).toBeGreaterThan(0)
      for (const title of await hits.locator("h3").allTextContents())
        expect(title).toContain("猕猴桃")
      await screenshot(page, SUITE, "04-search")

      // The catalogue narrowed by county and a price range, then cleared.
      await page.goto(
        `${storefront.url}/products?county=510824&min_price=1&max_price=500`
      )
      const narrowed = page.locator('main a[href^="/products/"]')
      await narrowed.first().waitFor()
      // On a phone the filters are folded away behind one button.
      expect(await page.getByTestId("clear-filters").isVisible()).toBe(false)
      await page.getByRole("button", { name: "筛选 · 已筛选" }).click()
      await screenshot(page, SUITE, "04b-catalog-filtered")
      await page.getByTestId("clear-filters").click()
      await page.waitForURL((url) => !url.search.includes("county"))
      await page.getByTestId("clear-filters").waitFor({ state: "detached" })

      // Register, so the order (and its receipt) is the shopper's.
      await page.goto(`${storefront.url}/account`)
      await page.getByRole("tab", { name: "注册" }).click()
      await page.getByLabel("姓名").fill("测试顾客")
      await page
        .getByLabel("电子邮箱")
        .fill(`shopper-${Date.now()}@example.com`)
      await page.getByLabel("密码").fill("a-long-password")
      await page.getByRole("button", { name: "注册" }).click()
      await page.getByTestId("signed-in").waitFor()

      // Two products of two cooperatives.
      for (const handle of ["cangxi-kiwi-dried", "zhaojue-buckwheat-noodles"]) {
        await page.goto(`${storefront.url}/products/${handle}`)
        await page.getByRole("button", { name: "加入购物车" }).click()
        await page.getByTestId("added").waitFor()
      }
      await page.goto(`${storefront.url}/cart`)
      await page.getByTestId("cart-line").nth(1).waitFor()
      expect(await page.getByTestId("cart-line").count()).toBe(2)
      await screenshot(page, SUITE, "05-cart")

      await page.getByRole("link", { name: "去结算" }).click()
      await page.getByLabel("收货人").fill("测试顾客")
      await page.getByLabel("手机号码").fill("13800138000")
      // The province → city → district cascade (GB/T 2260); the address
      // is kept in the account (the box is ticked for a signed-in shopper).
      await page.getByLabel("省份").selectOption({ label: "四川省" })
      await page.getByLabel("城市").selectOption({ label: "成都市" })
      await page.getByLabel("区/县").selectOption({ label: "锦江区" })
      await page.getByLabel("详细地址").fill("红星路三段 1 号")
      await page.getByLabel("邮政编码").fill("610021")
      expect(await page.getByLabel("保存到我的收货地址").isChecked()).toBe(true)
      await screenshot(page, SUITE, "05b-checkout-address")
      await page.getByRole("button", { name: "保存并继续" }).click()
      await page.getByTestId("address-summary").waitFor()
      // The shipping options load after the address is saved; the payment
      // radios are already there, so ask for a shipping one by name.
      await page.locator("input[name=shipping]").first().click()
      await page.locator("input[name=shipping]:checked").waitFor()
      // Playwright's click waits until the button is enabled.
      await page.getByRole("button", { name: "提交订单" }).isEnabled()
      // On a phone the total is above the button that commits to it.
      const above = page.getByTestId("checkout-total-above-submit")
      await eventually(async () =>
        expect(await above.innerText()).toContain(
          await page.getByTestId("checkout-total").innerText()
        )
      )
      await screenshot(page, SUITE, "06-checkout")
      await page.getByRole("button", { name: "提交订单" }).click()
      await page.waitForURL(/\/orders\/order_[^/]+\/confirmed/)
      await page.getByTestId("receipt-pending").waitFor()
      await screenshot(page, SUITE, "07-order-placed")
      const orderId = page.url().match(/orders\/(order_[^/]+)\//)![1]

      // The operator captures the payment; the ledger books it, and the
      // receipt shows the households' part to the fen.
      const admin = await operator(getContainer(), request)
      await captureOrderPayment(request, admin, orderId)
      // The payment.captured subscriber writes the ledger just after.
      const ledger = await eventually(async () => {
        const [row] = await sql<{ to_households: number; households: number }>(
          `select coalesce(sum(case when kind = 'sale' then amount else -amount end), 0)::int as to_households,
                  count(distinct household_id)::int as households
             from attribution_entry
            where order_id = ? and household_id is not null`,
          [orderId]
        )
        expect(row.households).toBeGreaterThan(0)
        return row
      })
      await page.reload()
      const amount = page.getByTestId("receipt-to-households")
      await amount.waitFor()
      expect(fenOf(await amount.innerText())).toBe(ledger.to_households)
      await page
        .getByTestId("impact-receipt")
        .getByText(`${ledger.households} 户建档立卡户`)
        .waitFor()
      await screenshot(page, SUITE, "08-impact-receipt")

      // The address was kept: the account lists it, and the next checkout
      // offers it before a new one.
      await page.goto(`${storefront.url}/account`)
      const kept = page.getByTestId("saved-address")
      await kept.waitFor()
      expect(await kept.innerText()).toContain(
        "四川省 成都市 锦江区 红星路三段 1 号"
      )
      await screenshot(page, SUITE, "08a-account-addresses")
      await page.goto(`${storefront.url}/products/cangxi-kiwi-dried`)
      await page.getByRole("button", { name: "加入购物车" }).click()
      await page.getByTestId("added").waitFor()
      await page.goto(`${storefront.url}/checkout`)
      await page.getByTestId("saved-addresses").waitFor()
      await screenshot(page, SUITE, "08b-checkout-saved-address")
      await page.getByRole("button", { name: "寄到这里" }).click()
      const summary = page.getByTestId("address-summary")
      await summary.waitFor()
      expect(await summary.innerText()).toContain(
        "成都市 锦江区 红星路三段 1 号"
      )
      await page.locator("input[name=shipping]").first().click()
      await page.locator("input[name=shipping]:checked").waitFor()
      await page.getByRole("button", { name: "提交订单" }).click()
      await page.waitForURL(/\/orders\/order_[^/]+\/confirmed/)
      const second = page.url().match(/orders\/(order_[^/]+)\//)![1]
      const [shipped] = await sql<{ address_2: string; division: string }>(
        `select a.address_2, a.metadata->>'division_code' as division
           from "order" o join order_address a on a.id = o.shipping_address_id
          where o.id = ?`,
        [second]
      )
      expect(shipped).toEqual({ address_2: "锦江区", division: "510104" })
      await page.context().close()
    }
  )

  browserIt(
    "opens a seeded batch's trace page by its code and switches language",
    async () => {
      const [batch] = await sql<{
        id: string
        trace_code: string
        event_id: string
        type: string
        handle: string
      }>(
        `select b.id, b.trace_code, e.id as event_id, e.type, c.handle
           from batch b
           join trace_event e on e.batch_id = b.id
           join cooperative c on c.id = b.cooperative_id
          order by b.harvested_at, e.occurred_at limit 1`
      )
      // The cooperative corrects one of its events the EPCIS way.
      const owner = await loginAs(
        request,
        "cooperative_user",
        `owner@${batch.handle}.demo.tianfu`
      )
      const corrected = await request()
        .post(`/vendor/batches/${batch.id}/trace-events`)
        .set(owner.headers)
        .send({
          type: batch.type === "harvested" ? "inspected" : batch.type,
          occurred_at: "2026-10-20T08:00:00Z",
          place: "县农产品质量检测站",
          corrects: { event_id: batch.event_id, reason: "检测地点填错" },
        })
      expect(corrected.status).toBe(201)
      const page = await newPage()
      await page.goto(`${storefront.url}/t/${batch.trace_code}`)
      expect(await page.getByTestId("trace-code").innerText()).toBe(
        batch.trace_code
      )
      await page.getByText("从田间到您手中").waitFor()
      // The wrong event stays, struck through; the correction says why.
      await page.getByTestId("trace-corrected").getByText("已更正").waitFor()
      await page
        .getByTestId("trace-correction")
        .getByText("更正原因：检测地点填错")
        .waitFor()
      await screenshot(page, SUITE, "09-trace")

      await page.getByRole("button", { name: "Switch to English" }).click()
      await page.getByText("From the field to you").waitFor()
      expect(await page.locator("html").getAttribute("lang")).toBe("en")
      // The choice is remembered: the server renders the next page in English.
      await page.goto(storefront.url)
      await page.getByRole("link", { name: "All products" }).first().waitFor()
      await screenshot(page, SUITE, "10-english-home")
      await page.context().close()
    }
  )
  browserIt(
    "lets a household dispute a payout from its slip's QR link at phone size",
    async () => {
      const container = getContainer()
      const {
        data: [cooperative],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "cooperative",
        fields: ["id", "name", "households.id"],
        filters: { status: "approved" },
      })
      const householdId = (cooperative.households as { id: string }[])[0].id
      const { result: agreement } = await createLinkageAgreementWorkflow(
        container
      ).run({
        input: {
          cooperative_id: cooperative.id,
          household_id: householdId,
          kind: "wage",
          daily_wage: 15000,
          starts_on: new Date("2026-01-01"),
          created_by: "e2e",
        },
      })
      const { result: paid } = await recordPayoutWorkflow(container).run({
        input: {
          cooperative_id: cooperative.id,
          agreement_id: agreement.id,
          amount: 45000,
          paid_on: new Date("2026-11-30"),
          method: "wechat_pay",
          reference: "E2E-SLIP-1",
          recorded_by: "e2e",
        },
      })
      const { token, hash } = newOneTimeToken()
      await issuePayoutSlipWorkflow(container).run({
        input: {
          payout_id: paid.payout.id,
          cooperative_id: cooperative.id,
          token_hash: hash,
          expires_at: new Date(Date.now() + 24 * 3600 * 1000),
          issued_by: "e2e",
        },
      })
      const page = await newPage()
      await page.goto(`${storefront.url}/p/${token}`)
      const amount = page.getByTestId("slip-amount")
      await amount.waitFor()
      expect(fenOf(await amount.innerText())).toBe(45000)
      await page.getByText(cooperative.name as string).waitFor()
      await screenshot(page, SUITE, "11-payout-slip")
      await page.getByTestId("slip-not_received").click()
      await page.getByTestId("slip-answered").waitFor()
      await screenshot(page, SUITE, "12-payout-slip-disputed")
      const [row] = await sql<{ outcome: string }>(
        "select outcome from linkage_payout_response where payout_id = ?",
        [paid.payout.id]
      )
      expect(row.outcome).toBe("not_received")
      // Answered once: opened again, the slip shows the answer, no buttons.
      await page.reload()
      await page.getByTestId("slip-answered").waitFor()
      expect(await page.getByTestId("slip-confirmed").count()).toBe(0)
      // A forged link says so plainly.
      await page.goto(`${storefront.url}/p/${"x".repeat(32)}`)
      await page.getByRole("alert").waitFor()
      expect(await page.getByRole("alert").innerText()).toContain("链接无效")
      await page.context().close()
    }
  )
  browserIt(
    "ships an order from the console with a carrier and waybill, and the shopper follows the parcel",
    async () => {
      const [noodles] = await sql<{ variant_id: string; handle: string }>(
        `select v.id as variant_id, c.handle
           from product p
           join product_variant v on v.product_id = p.id and v.deleted_at is null
           join cooperative_cooperative_product_product pc on pc.product_id = p.id
           join cooperative c on c.id = pc.cooperative_id
           join product_variant_inventory_item vi on vi.variant_id = v.id
           join inventory_level il on il.inventory_item_id = vi.inventory_item_id
          where p.handle = 'zhaojue-buckwheat-noodles'
            and il.stocked_quantity - il.reserved_quantity > 0
          order by v.created_at limit 1`
      )
      const email = `parcel-${Date.now()}@example.com`
      const shopper = await registerCustomer(
        request,
        base.publishableKey,
        email,
        { first_name: "包裹测试" }
      )
      const { order } = await checkout(request, {
        publishableKey: base.publishableKey,
        items: [{ variant_id: noodles.variant_id, quantity: 1 }],
        customerToken: shopper.token,
      })
      const admin = await operator(getContainer(), request)
      await captureOrderPayment(request, admin, order.id)
      const owner = `owner@${noodles.handle}.demo.tianfu`
      await loginAs(request, "cooperative_user", owner)

      const consoleApp = await startConsole({
        backendUrl: baseUrl(),
        publishableKey: base.publishableKey,
        storefrontUrl: storefront.url,
      })
      try {
        const context = await browser!.newContext({
          viewport: { width: 1280, height: 900 },
          locale: "zh-CN",
        })
        await recordCspViolations(context, cspViolations)
        const desk = await context.newPage()
        desk.setDefaultTimeout(20_000)
        await desk.goto(`${consoleApp.url}/login`)
        await desk.getByText("合作社人员").click()
        await desk.getByLabel("邮箱").fill(owner)
        await desk.getByLabel("密码").fill(TEST_PASSWORD)
        await desk.getByRole("button", { name: "登录" }).click()
        await desk.waitForURL(/\/coop$/)
        // The navigation counts the orders waiting to ship.
        await desk.getByLabel(/个订单待发货/).waitFor()
        await desk.goto(
          `${consoleApp.url}/coop/orders?status=awaiting_shipment`
        )
        await desk.getByRole("link", { name: `#${order.display_id}` }).click()
        await desk.getByRole("button", { name: "查看收件人" }).click()
        await desk.getByText("天府大道北段 1700 号").waitFor()
        await desk.getByText("13800000000").waitFor()
        await screenshot(desk, SUITE, "13-console-recipient")
        await desk.getByRole("button", { name: "发货" }).click()
        await desk.getByLabel("承运快递").selectOption("sf")
        await desk.getByLabel("快递单号").fill("SF 12")
        await desk.getByRole("button", { name: "确认发货" }).click()
        await desk.getByText("请填写面单上的快递单号").waitFor()
        await desk.getByLabel("快递单号").fill("SF1234567890")
        await screenshot(desk, SUITE, "14-console-ship-dialog")
        await desk.getByRole("button", { name: "确认发货" }).click()
        await desk.getByRole("link", { name: "SF1234567890" }).waitFor()
        expect(
          await desk
            .getByRole("link", { name: "SF1234567890" })
            .getAttribute("href")
        ).toBe("https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890")
        await desk.getByText("已发货").first().waitFor()
        await screenshot(desk, SUITE, "15-console-shipped")
        // The packing slip prints the recipient and the lines.
        await desk.goto(
          `${consoleApp.url}/coop/orders/${order.id}/packing-slip`
        )
        await desk.getByText("发货单 · 订单").waitFor()
        await context.close()

        // The shopper, signed in on a phone, sees the parcel and its waybill.
        const page = await newPage()
        await page.goto(`${storefront.url}/account`)
        await page.getByLabel("电子邮箱").fill(email)
        await page.getByLabel("密码").fill(TEST_PASSWORD)
        await page.getByRole("button", { name: "登录" }).click()
        await page.getByTestId("signed-in").waitFor()
        await page.getByText("已付款 · 已发货").waitFor()
        await page.goto(`${storefront.url}/account/orders/${order.id}`)
        const parcel = page.getByTestId("order-parcel")
        await parcel
          .getByTestId("shipping-status")
          .getByText("已发货")
          .waitFor()
        await parcel.getByText("顺丰速运").waitFor()
        expect(
          await parcel
            .getByRole("link", { name: "SF1234567890" })
            .getAttribute("href")
        ).toBe("https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890")
        // Each line once.
        expect(await page.getByText(/× 1$/).count()).toBe(1)
        await screenshot(page, SUITE, "16-order-parcel")
        await page.context().close()
      } finally {
        await consoleApp.stop()
      }
    }
  )
  browserIt(
    "lets a guest who registers later add the order to the account through the e-mailed link, and see its receipt",
    async () => {
      const email = `guest-${Date.now()}@example.com`
      const page = await newPage()
      await page.goto(`${storefront.url}/products/cangxi-kiwi-dried`)
      // On a phone the buy bar stays at the bottom of the screen, and
      // 立即购买 goes straight on to checkout.
      await screenshot(page, SUITE, "15a-product-buy-bar")
      const bar = (await page.getByTestId("buy-bar").boundingBox())!
      const screen = await page.evaluate(() => ({
        height: document.documentElement.clientHeight,
        overflow:
          document.documentElement.scrollWidth -
          document.documentElement.clientWidth,
      }))
      // Nothing wider than the phone (no sideways scrolling).
      expect(screen.overflow).toBe(0)
      expect(Math.round(bar.y + bar.height)).toBe(screen.height)
      await page.getByRole("button", { name: "立即购买" }).click()
      await page.waitForURL(/\/checkout$/)
      await page.getByRole("heading", { name: "结算" }).waitFor()
      await page.getByLabel("收货人").fill("游客顾客")
      await page.getByLabel("手机号码").fill("13900139000")
      await page.getByLabel("省份").selectOption({ label: "四川省" })
      await page.getByLabel("城市").selectOption({ label: "绵阳市" })
      await page.getByLabel("区/县").selectOption({ label: "涪城区" })
      await page.getByLabel("详细地址").fill("临园路 1 号")
      await page.getByLabel("邮政编码").fill("621000")
      await page.getByLabel("电子邮箱").fill(email)
      await page.getByRole("button", { name: "保存并继续" }).click()
      await page.getByTestId("address-summary").waitFor()
      await page.locator("input[name=shipping]").first().click()
      await page.locator("input[name=shipping]:checked").waitFor()
      await page.getByRole("button", { name: "提交订单" }).click()
      await page.waitForURL(/\/orders\/order_[^/]+\/confirmed/)
      const confirmedUrl = page.url()
      const orderId = confirmedUrl.match(/orders\/(order_[^/]+)\//)![1]
      const admin = await operator(getContainer(), request)
      await captureOrderPayment(request, admin, orderId)

      // Later: an account under the same address, with no orders in it.
      await page.goto(`${storefront.url}/account`)
      await page.getByRole("tab", { name: "注册" }).click()
      await page.getByLabel("姓名").fill("游客顾客")
      await page.getByLabel("电子邮箱").fill(email)
      await page.getByLabel("密码").fill("a-long-password")
      await page.getByRole("button", { name: "注册" }).click()
      await page.getByTestId("signed-in").waitFor()
      await page.getByText("还没有订单").waitFor()
      // Back on the confirmation page (this browser placed the order).
      await page.goto(confirmedUrl)
      await page.getByRole("button", { name: "关联到我的账户" }).click()
      await page.getByText(/确认邮件已发到下单邮箱/).waitFor()
      await screenshot(page, SUITE, "17-claim-requested")
      // The e-mail the order's address received holds the link.
      const mail = await eventually(async () => {
        const [row] = await sql<{ data: { claim_url: string } }>(
          `select data from notification
            where "to" = ? and template = 'order-transfer'
            order by created_at desc limit 1`,
          [email]
        )
        expect(row?.data.claim_url).toContain(`/orders/${orderId}/claim`)
        return row
      })
      const link = new URL(mail.data.claim_url)
      await page.goto(`${storefront.url}${link.pathname}${link.search}`)
      await page.getByRole("button", { name: "确认关联" }).click()
      await page.getByTestId("claim-done").waitFor()
      await screenshot(page, SUITE, "18-claim-done")
      await page.getByRole("link", { name: "查看订单和帮扶回执" }).click()
      await page.getByTestId("receipt-to-households").waitFor()
      await page.goto(`${storefront.url}/account`)
      await page.locator(`a[href="/account/orders/${orderId}"]`).waitFor()
      await page.context().close()
    }
  )
  browserIt(
    "resets a forgotten password through the e-mailed link",
    async () => {
      const email = `forgot-${Date.now()}@example.com`
      await registerCustomer(request, base.publishableKey, email)
      const page = await newPage()
      await page.goto(`${storefront.url}/account`)
      await page.getByRole("link", { name: "忘记密码？" }).click()
      await page.getByRole("heading", { name: "忘记密码" }).waitFor()
      await page.getByLabel("电子邮箱").fill(email)
      await page.getByRole("button", { name: "发送重设链接" }).click()
      await page.getByTestId("reset-sent").waitFor()
      const mail = await eventually(async () => {
        const [row] = await sql<{ data: { reset_url: string } }>(
          `select data from notification
            where "to" = ? and template = 'password-reset'`,
          [email]
        )
        expect(row?.data.reset_url).toContain("/account/reset-password?token=")
        return row
      })
      const link = new URL(mail.data.reset_url)
      await page.goto(`${storefront.url}${link.pathname}${link.search}`)
      await page.getByText(`为 ${email} 设置新密码`).waitFor()
      await page.getByLabel("密码").fill("short")
      await page.getByRole("button", { name: "保存新密码" }).click()
      await page.getByText("密码至少 8 位").waitFor()
      await page.getByLabel("密码").fill("a fresh new password")
      await page.getByRole("button", { name: "保存新密码" }).click()
      await page.getByTestId("reset-done").waitFor()
      await screenshot(page, SUITE, "19-password-reset")
      await page.goto(`${storefront.url}/account`)
      await page.getByLabel("电子邮箱").fill(email)
      await page.getByLabel("密码").fill("a fresh new password")
      await page.getByRole("button", { name: "登录" }).click()
      await page.getByTestId("signed-in").waitFor()
      await page.context().close()
    }
  )
})
