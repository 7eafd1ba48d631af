import type { Page } from "playwright-core"
import { type BaseStore, seedBaseStore } from "../../../seed/src/base-store"
import { type Actor, operator, TEST_PASSWORD } from "../../helpers/actors"
import { screenshot } from "../../helpers/browser"
import { buckwheatTea, createProduct } from "../../helpers/catalog"
import { captureOrderPayment, checkout } from "../../helpers/checkout"
import type { ConsoleServer } from "../../helpers/console-server"
import { startDashboard } from "../../helpers/dashboard-server"
import { eventually } from "../../helpers/eventually"
import { ZHAOJUE } from "../../helpers/fixtures"
import { syntheticIdNumber } from "../../helpers/identities"
import { describeHttp } from "../../helpers/medusa-app"
import { addBatch } from "../../helpers/provenance"
import type { ServedApp } from "../../helpers/served-app"
import {
  type CooperativeTenant,
  createCounties,
  registerApprovedCooperative,
} from "../../helpers/tenants"
import { consoleBrowser, consoleSuite } from "../console/console-browser"

jest.setTimeout(600 * 1000)

const { skipReason, browserIt } = consoleSuite("/app e2e")
const SUITE = "app"
const fenOf = (text: string) =>
  Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100)

// Medusa's dashboard with our extensions, as an operator uses it: the
// cooperatives route (suspend and reinstate, seen by the bureau in its
// console) and the attribution widget on an order, to the fen of the
// bureau's report.
describeHttp("/app end to end", ({ request, baseUrl, getContainer }) => {
  let base: BaseStore
  let admin: Actor
  let coop: CooperativeTenant
  let reviewer: Actor
  let dashboard: ServedApp
  let consoleApp: ConsoleServer
  let orderId: string
  let productId: string
  const households: string[] = []
  const ui = consoleBrowser(skipReason)

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE])
    ;({ coop, bureau: reviewer } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@app-e2e.coop",
        name: "昭觉县运营端到端合作社",
        handle: "app-e2e",
        county_code: ZHAOJUE.code,
        serial: "MA6RW0004",
      },
      {
        email: "reviewer@app-e2e.gov",
        name: "昭觉县审核员",
        jurisdiction_code: ZHAOJUE.code,
      }
    ))
    for (const i of [1, 2, 3]) {
      const created = await request()
        .post("/vendor/households")
        .set(coop.headers)
        .send({
          registry_number: `5134310101AP${i}`,
          county_code: ZHAOJUE.code,
          township: "竹核乡",
          village: "大温泉村",
          head_name: `阿木${i}`,
          id_number: syntheticIdNumber(ZHAOJUE.code, "19820202", `51${i}`),
          member_count: 2,
        })
      expect(created.status).toBe(201)
      const id = created.body.household.id as string
      const verified = await request()
        .post(`/bureau/households/${id}/verify`)
        .set(reviewer.headers)
        .send({ decision: "verified" })
      expect(verified.status).toBe(200)
      households.push(id)
    }
    const tea = await createProduct(request, coop, buckwheatTea("app-e2e-tea"))
    const variant = tea.variants[0].id
    productId = tea.id
    // 30 kg from three households, 10 / 12 / 8: an uneven split.
    await addBatch(request, coop, variant, 30, [
      { household_id: households[0], quantity: 10 },
      { household_id: households[1], quantity: 12 },
      { household_id: households[2], quantity: 8 },
    ])
    const { order } = await checkout(request, {
      publishableKey: base.publishableKey,
      items: [{ variant_id: variant, quantity: 3 }],
    })
    orderId = order.id
    await captureOrderPayment(request, admin, order.id)
    await eventually(async () => {
      const ledger = await request()
        .get(`/admin/orders/${orderId}/attribution`)
        .set(admin.headers)
      expect(ledger.body.attribution.ledger_total).toBeGreaterThan(0)
    })
    if (skipReason) return
    dashboard = await startDashboard(baseUrl())
    consoleApp = await ui.start({
      backendUrl: baseUrl(),
      publishableKey: base.publishableKey,
    })
  })

  afterAll(async () => {
    await dashboard?.stop()
  })

  const signInToApp = async (page: Page) => {
    await page.goto(`${dashboard.url}/app/login`)
    await page.locator('input[name="email"]').fill("operator@test.tianfu")
    await page.locator('input[name="password"]').fill(TEST_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/app\/orders/)
  }

  browserIt(
    "suspends a cooperative from our route with a reason, and the bureau's console shows it",
    async () => {
      const page = await ui.newPage()
      await signInToApp(page)
      await page.goto(`${dashboard.url}/app/cooperatives`)
      const row = page
        .getByRole("row")
        .filter({ hasText: "昭觉县运营端到端合作社" })
      await row.waitFor()
      await screenshot(page, SUITE, "01-cooperatives")
      await row.getByRole("button", { name: /暂停|Suspend/ }).click()
      const drawer = page.getByRole("dialog")
      const confirm = drawer.getByRole("button", { name: /确认|Confirm/ })
      expect(await confirm.isDisabled()).toBe(true)
      await drawer.getByLabel(/原因|Reason/).fill("消费者投诉待核查")
      await confirm.click()
      await drawer.waitFor({ state: "detached" })
      await row.getByText(/已暂停|Suspended/).waitFor()
      await row.getByText("消费者投诉待核查").waitFor()
      await screenshot(page, SUITE, "02-suspended")
      // Its name opens the approval history: approved by the reviewer,
      // suspended by the operator, with the reason.
      await row.getByRole("button", { name: "昭觉县运营端到端合作社" }).click()
      const history = page.getByTestId("tianfu-history")
      await history.getByText("消费者投诉待核查").waitFor()
      expect(await history.getByRole("listitem").count()).toBe(3)
      await page.keyboard.press("Escape")

      // The county's reviewer sees it in the console, with the reason.
      const bureau = await ui.newPage()
      await ui.signIn(bureau, "bureau_user", "reviewer@app-e2e.gov")
      await bureau.goto(
        `${consoleApp.url}/bureau/cooperatives/${coop.cooperative.id}`
      )
      await bureau.getByText("已暂停").first().waitFor()
      await bureau.getByText("消费者投诉待核查").first().waitFor()
      await screenshot(bureau, SUITE, "03-console-sees-suspension")
      const shop = await request().get(`/vendor/me`).set(coop.headers)
      expect(shop.body.cooperative.status).toBe("suspended")
      await page.context().close()
      await bureau.context().close()
    }
  )

  browserIt(
    "shows on the order's page the ledger the bureau's report shows for it, to the fen",
    async () => {
      const year = new Intl.DateTimeFormat("en", {
        year: "numeric",
        timeZone: "Asia/Shanghai",
      }).format(new Date())
      const report = await request()
        .get(
          `/bureau/reports/attribution?group_by=household&grain=year&from=${year}-01-01&to=${year}-12-31`
        )
        .set(reviewer.headers)
      const byHousehold = new Map<string, number>(
        report.body.attribution.map((r: { key: string; net: number }) => [
          r.key,
          r.net,
        ])
      )
      expect(byHousehold.size).toBe(3)
      const county = await request()
        .get(
          `/bureau/reports/attribution?group_by=county&grain=year&from=${year}-01-01&to=${year}-12-31`
        )
        .set(reviewer.headers)

      // The cooperative ships; /app shows its parcel in the console's words.
      const shipped = await request()
        .post(`/vendor/orders/${orderId}/fulfillments`)
        .set(coop.headers)
        .send({ carrier: "sf", tracking_number: "SF2026120601" })
      expect(shipped.status).toBe(201)

      const page = await ui.newPage()
      await signInToApp(page)
      await page.goto(`${dashboard.url}/app/orders/${orderId}`)
      const parcels = page.getByTestId("tianfu-parcels")
      await parcels.getByRole("link", { name: "SF2026120601" }).waitFor()
      expect(await parcels.innerText()).toMatch(/已发货[\s\S]*顺丰速运/)
      await parcels.scrollIntoViewIfNeeded()
      await screenshot(page, SUITE, "04a-order-parcels")
      // The shipping e-mail, as the buyer reads it, in the dev mailbox.
      await page.goto(`${dashboard.url}/app/mailbox`)
      const mail = page
        .getByTestId("mail")
        .filter({ hasText: "已发货" })
        .filter({ hasText: "SF2026120601" })
      await mail.first().waitFor()
      expect(await mail.first().innerText()).toContain("buyer@example.com")
      await screenshot(page, SUITE, "04b-mailbox")
      await page.goto(`${dashboard.url}/app/orders/${orderId}`)
      const widget = page.getByTestId("tianfu-attribution")
      await widget.getByTestId("tianfu-ledgerTotal").waitFor()
      await widget.scrollIntoViewIfNeeded()
      await screenshot(page, SUITE, "04-order-attribution")
      // The order's ledger is the county's whole net (it is the only order).
      expect(
        fenOf(await widget.getByTestId("tianfu-ledgerTotal").innerText())
      ).toBe(county.body.totals.net)
      expect(fenOf(await widget.getByTestId("tianfu-target").innerText())).toBe(
        county.body.totals.net
      )
      await widget.getByText(/账目一致|Ledger matches/).waitFor()
      // The buyer's receipt: three registered households reached.
      expect(await widget.getByTestId("tianfu-receipt").innerText()).toMatch(
        /(带动建档立卡户|Registered households reached) 3/
      )
      // Each household's share is the bureau's figure for that household.
      for (const household of households) {
        const cells = await widget
          .getByRole("row")
          .filter({ hasText: household })
          .getByRole("cell")
          .allInnerTexts()
        expect([household, fenOf(cells[cells.length - 1])]).toEqual([
          household,
          byHousehold.get(household),
        ])
      }
      // No identity on the page: households by id only.
      expect(await page.content()).not.toMatch(/\d{17}[\dX]/)

      // The platform's overview adds up to the same net, on screen and in
      // the API; a grain it does not know is a 400 naming it.
      const overview = await request()
        .get(
          `/admin/attribution/overview?grain=year&from=${year}-01-01&to=${year}-12-31`
        )
        .set(admin.headers)
      expect(overview.body.totals.net).toBe(county.body.totals.net)
      const badGrain = await request()
        .get("/admin/attribution/overview?grain=week")
        .set(admin.headers)
      expect(badGrain.status).toBe(400)
      expect(badGrain.body.message).toContain("grain")
      await page.goto(`${dashboard.url}/app/attribution`)
      const totals = page.getByTestId("tianfu-overview-totals")
      await totals.waitFor()
      expect(await totals.innerText()).toContain(
        `¥${(county.body.totals.net / 100).toLocaleString("en", { minimumFractionDigits: 2 })}`
      )
      await screenshot(page, SUITE, "06-attribution-overview")
      for (const [path, heading] of [
        ["counties", /县|Counties/],
        ["bureau-users", /商务局审核员|Bureau reviewers/],
        ["poverty-lines", /贫困线|Poverty lines/],
      ] as const) {
        await page.goto(`${dashboard.url}/app/${path}`)
        await page.getByRole("heading", { name: heading }).first().waitFor()
      }
      // A county added from its form is listed; a bad code is refused by
      // name.
      await page.goto(`${dashboard.url}/app/counties`)
      await page.getByRole("button", { name: /新增县|Add a county/ }).click()
      const drawer = page.getByRole("dialog")
      const fill = async (label: RegExp, value: string) =>
        drawer.getByLabel(label).fill(value)
      await fill(/^(代码|Code)$/, "51082")
      await fill(/^(中文名|Name \(Chinese\))$/, "苍溪县")
      await fill(/^(英文名|Name \(English\))$/, "Cangxi County")
      await fill(/市（州）中文名|Prefecture \(Chinese\)/, "广元市")
      await fill(/市（州）英文名|Prefecture \(English\)/, "Guangyuan")
      await drawer.getByRole("button", { name: /^(新建|Create)$/ }).click()
      await page
        .getByText(/code must be a six-digit/)
        .first()
        .waitFor()
      await fill(/^(代码|Code)$/, "510824")
      await drawer.getByRole("button", { name: /^(新建|Create)$/ }).click()
      await drawer.waitFor({ state: "detached" })
      await page.getByRole("row").filter({ hasText: "510824" }).waitFor()
      const added = await request()
        .get("/admin/counties?code=510824")
        .set(admin.headers)
      expect(added.body.counties[0]).toMatchObject({
        name_zh: "苍溪县",
        province_zh: "四川省",
      })

      // A product's page names its cooperative and the batch stocking it.
      await page.goto(`${dashboard.url}/app/products/${productId}`)
      const provenance = page.getByTestId("tianfu-provenance")
      await provenance.getByText("昭觉县运营端到端合作社").waitFor()
      expect(await provenance.innerText()).toMatch(/30 kg/)
      await screenshot(page, SUITE, "07-product-provenance")
      await page.goto(`${dashboard.url}/app/bureau-users`)
      await page
        .getByRole("row")
        .filter({ hasText: "reviewer@app-e2e.gov" })
        .waitFor()
      await page.context().close()
    }
  )

  browserIt(
    "runs a reconciliation from /app and finds the ledger equal to the money",
    async () => {
      const page = await ui.newPage()
      await signInToApp(page)
      await page.goto(`${dashboard.url}/app/reconciliation`)
      await page.getByText(/尚未运行过对账|No reconciliation/).waitFor()
      await page.getByRole("button", { name: /立即对账|Run now/ }).click()
      await page
        .getByText(/账实相符|Ledger matches/)
        .first()
        .waitFor()
      expect(await page.getByText(/核对订单 1|orders checked: 1/).count()).toBe(
        1
      )
      await screenshot(page, SUITE, "05-reconciliation")
      await page.context().close()
    }
  )
})
