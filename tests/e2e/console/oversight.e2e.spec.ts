import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { type BaseStore, seedBaseStore } from "../../../seed/src/base-store"
import {
  AID_SAMPLE_MISTAKES,
  AID_SAMPLE_YEAR,
} from "../../../seed/src/demo/aid-sample"
import { type Actor, operator } from "../../helpers/actors"
import { screenshot, SCREENSHOT_DIR } from "../../helpers/browser"
import { buckwheatTea, createProduct } from "../../helpers/catalog"
import { captureOrderPayment, checkout } from "../../helpers/checkout"
import type { ConsoleServer } from "../../helpers/console-server"
import { eventually } from "../../helpers/eventually"
import { CANGXI, ZHAOJUE } from "../../helpers/fixtures"
import { syntheticIdNumber } from "../../helpers/identities"
import { describeHttp } from "../../helpers/medusa-app"
import { addBatch } from "../../helpers/provenance"
import {
  approveCooperative,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../helpers/tenants"
import { consoleBrowser, consoleSuite } from "./console-browser"

jest.setTimeout(600 * 1000)

const { skipReason, browserIt } = consoleSuite("console oversight e2e")

const SUITE = "console-oversight"
const Y = AID_SAMPLE_YEAR
const REVIEWER = { email: "reviewer@zhaojue.gov", name: "昭觉县商务局审核员" }
// A colleague of the county a flag can be handed to, and a reviewer of
// another county it cannot.
const COLLEAGUE = { email: "colleague@zhaojue.gov", name: "昭觉县商务局复核员" }
const OUTSIDER = { email: "reviewer@cangxi.gov", name: "苍溪县商务局审核员" }
const COOP_OWNER = "owner@e2e-oversight.coop"
const REGISTRY_HEADER =
  "户编号,户主姓名,身份证号,联系电话,家庭人口,县代码,乡镇,行政村,致贫原因,识别年度,脱贫年度,状态,收入年度,务工收入,转移性收入,财产性收入"
// The household the journey follows: a cooperative's member, on the
// registry, aided by several helpers over three years.
const HOUSEHOLD = {
  registry_number: "5134310101E2A1",
  county_code: ZHAOJUE.code,
  township: "补约乡",
  village: "觉洛村",
  head_name: "阿的木呷",
  id_number: syntheticIdNumber(ZHAOJUE.code, "19850505", "971"),
  member_count: 4,
}
const registryRow = (year: number, wage: string) =>
  [
    HOUSEHOLD.registry_number,
    HOUSEHOLD.head_name,
    HOUSEHOLD.id_number,
    "13812345678",
    HOUSEHOLD.member_count,
    ZHAOJUE.code,
    HOUSEHOLD.township,
    HOUSEHOLD.village,
    "缺技术",
    2014,
    "",
    "未脱贫",
    year,
    wage,
    "1200.00",
    "300.00",
  ].join(",")
// Its aid, appended to the sample aid list (the sample's refused rows keep
// their row numbers). In the rules' year: the minimum living allowance by
// the month beside pairing support and an industry subsidy — riding two
// horses (¥1,440.00 beside ¥3,000.00) from three givers.
const AID_ROWS = [
  `${HOUSEHOLD.registry_number},,结对帮扶,成都市某帮扶单位,节日慰问,600,${Y - 2}-02-10,E2E-A-01`,
  `${HOUSEHOLD.registry_number},,产业补贴,昭觉县农业农村局,牦牛养殖补贴,2000,${Y - 2}-05-01,E2E-A-02`,
  `${HOUSEHOLD.registry_number},,结对帮扶,成都市某帮扶单位,节日慰问,800,${Y - 1}-02-10,E2E-A-03`,
  `${HOUSEHOLD.registry_number},,产业补贴,昭觉县农业农村局,牦牛养殖补贴,1500,${Y - 1}-05-01,E2E-A-04`,
  `${HOUSEHOLD.registry_number},,教育救助,昭觉县教育局,助学金,1000,${Y - 1}-09-01,E2E-A-05`,
  `${HOUSEHOLD.registry_number},,低保,昭觉县民政局,低保金,480,${Y}-01-05,E2E-A-06`,
  `${HOUSEHOLD.registry_number},,低保,昭觉县民政局,低保金,480,${Y}-02-05,E2E-A-07`,
  `${HOUSEHOLD.registry_number},,低保,昭觉县民政局,低保金,480,${Y}-03-05,E2E-A-08`,
  `${HOUSEHOLD.registry_number},,结对帮扶,成都市某帮扶单位,节日慰问,500,${Y}-01-20,E2E-A-09`,
  `${HOUSEHOLD.registry_number},,产业补贴,昭觉县农业农村局,牦牛养殖补贴,2500,${Y}-04-10,E2E-A-10`,
]
const DOCS_SCREENSHOTS = path.resolve(__dirname, "../../../docs/screenshots")

describeHttp(
  "console aid oversight end to end",
  ({ request, baseUrl, getContainer }) => {
    let base: BaseStore
    let consoleApp: ConsoleServer
    let reviewer: Actor
    let householdId: string
    let sampleRows: number
    const consoleUi = consoleBrowser(skipReason)
    const { newPage } = consoleUi
    const signIn = (page: Page) =>
      consoleUi.signIn(page, "bureau_user", REVIEWER.email)

    async function importRegistry(body: string) {
      const opened = await request()
        .post("/bureau/registry/imports")
        .set(reviewer.headers)
        .send({ filename: "registry.csv" })
      expect(opened.status).toBe(201)
      const sent = await request()
        .post(`/bureau/registry/imports/${opened.body.import.id}/file`)
        .set(reviewer.headers)
        .set("content-type", "text/csv")
        .send(body)
      expect(sent.status).toBe(200)
      expect(sent.body.import.status).toBe("completed")
    }

    beforeAll(async () => {
      base = await seedBaseStore(getContainer())
      const admin = await operator(getContainer(), request)
      await createCounties(request, admin, [ZHAOJUE, CANGXI])
      reviewer = await createBureauUser(request, admin, {
        ...REVIEWER,
        jurisdiction_code: ZHAOJUE.code,
      })
      await createBureauUser(request, admin, {
        ...COLLEAGUE,
        jurisdiction_code: ZHAOJUE.code,
      })
      await createBureauUser(request, admin, {
        ...OUTSIDER,
        jurisdiction_code: CANGXI.code,
      })
      // A cooperative whose member the household is.
      const coop = await registerCooperative(request, {
        email: COOP_OWNER,
        name: "昭觉县端到端帮扶监测合作社",
        handle: "e2e-oversight",
        county_code: ZHAOJUE.code,
        serial: "E2E0000A1",
      })
      await approveCooperative(request, reviewer, coop)
      const member = await request()
        .post("/vendor/households")
        .set(coop.headers)
        .send(HOUSEHOLD)
      expect(member.status).toBe(201)
      householdId = member.body.household.id
      // The registry: last year's income for it alone, then the county's
      // sample registry with this year's.
      await importRegistry(
        `\uFEFF${REGISTRY_HEADER}\r\n${registryRow(Y - 1, "9000.00")}\r\n`
      )
      const sample = fs
        .readFileSync(
          path.resolve(__dirname, "../../../docs/samples/registry-zhaojue.csv"),
          "utf8"
        )
        .replace(/\r?\n$/, "")
      await importRegistry(`${sample}\r\n${registryRow(Y, "7000.00")}\r\n`)
      // Marketplace revenue: three bags of its buckwheat tea sold.
      const tea = await createProduct(
        request,
        coop,
        buckwheatTea("e2e-oversight-tea")
      )
      const variant = tea.variants.find((v) => v.title === "1kg")!.id
      await addBatch(request, coop, variant, 10, [
        { household_id: householdId, quantity: 10 },
      ])
      const { order } = await checkout(request, {
        publishableKey: base.publishableKey,
        items: [{ variant_id: variant, quantity: 3 }],
      })
      await captureOrderPayment(request, admin, order.id)
      // Wages the cooperative paid, which the household confirmed.
      const year = new Date().getFullYear()
      const agreement = await request()
        .post("/vendor/agreements")
        .set(coop.headers)
        .send({
          kind: "wage",
          household_id: householdId,
          starts_on: `${year}-01-01`,
          daily_wage: 12000,
        })
      expect(agreement.status).toBe(201)
      const payout = await request()
        .post("/vendor/payouts")
        .set(coop.headers)
        .send({
          agreement_id: agreement.body.agreement.id,
          amount: 60000,
          paid_on: `${year}-06-30`,
          method: "bank_transfer",
          reference: "E2E-OVERSIGHT-WAGE",
        })
      expect(payout.status).toBe(201)
      const slip = await request()
        .post(`/vendor/payouts/${payout.body.payout.id}/slip`)
        .set(coop.headers)
        .send({})
      const confirmed = await request()
        .post(`/store/payout-slips/${slip.body.slip.url.split("/p/")[1]}`)
        .set({ "x-publishable-api-key": base.publishableKey })
        .send({ outcome: "confirmed" })
      expect(confirmed.status).toBe(201)
      await eventually(async () => {
        const streams = await request()
          .get(`/bureau/households/${householdId}/streams`)
          .set(reviewer.headers)
        const byYear = new Map(
          (
            streams.body.years as {
              year: number
              marketplace_revenue: number
              registry_income: object | null
            }[]
          ).map((y) => [y.year, y])
        )
        expect(byYear.get(year)?.marketplace_revenue).toBeGreaterThan(0)
        expect(byYear.get(Y - 1)?.registry_income).not.toBeNull()
        expect(byYear.get(Y)?.registry_income).not.toBeNull()
      })
      sampleRows =
        fs
          .readFileSync(
            path.resolve(__dirname, "../../../docs/samples/aid-zhaojue.csv"),
            "utf8"
          )
          .trim()
          .split(/\r?\n/).length - 1
      consoleApp = await consoleUi.start({
        backendUrl: baseUrl(),
        publishableKey: base.publishableKey,
      })
    })

    // A screenshot with the suite's others, and copied to the docs when
    // UPDATE_DOCS_SCREENSHOTS=1 (a test run never rewrites tracked files
    // otherwise); a drawer is fixed to the window, so a page with one open
    // is taken as the window shows it, not whole.
    const docsScreenshot = async (
      page: Page,
      name: string,
      fullPage = true
    ) => {
      const file = path.join(SCREENSHOT_DIR, SUITE, `${name}.png`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      await page.screenshot({ path: file, fullPage })
      if (process.env.UPDATE_DOCS_SCREENSHOTS === "1") {
        fs.copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${name}.png`))
      }
    }

    browserIt(
      "lets a reviewer import an aid list, run the rules, resolve a flag and close a case, and read the household's streams by year",
      async () => {
        const page = await newPage()
        await signIn(page)
        // The oversight section replaces the plain income-decline entry.
        const nav = page.getByRole("navigation", { name: "商务局审核台" })
        await nav.getByRole("group", { name: "帮扶监测" }).waitFor()
        expect(await nav.getByRole("link", { name: "返贫风险" }).count()).toBe(
          0
        )

        // 1. The sample aid list with the household's rows, through the page.
        await nav.getByRole("link", { name: "帮扶台账" }).click()
        await page.getByRole("heading", { name: "导入帮扶台账" }).waitFor()
        const sample = fs
          .readFileSync(
            path.resolve(__dirname, "../../../docs/samples/aid-zhaojue.csv"),
            "utf8"
          )
          .replace(/\r?\n$/, "")
        await page.getByLabel("台账文件（XLSX 或 CSV）").setInputFiles({
          name: "aid-zhaojue.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(`${sample}\r\n${AID_ROWS.join("\r\n")}\r\n`),
        })
        await page.getByRole("button", { name: "开始导入" }).click()
        const progress = page.getByTestId("aid-progress")
        await progress.getByText(/导入完成/).waitFor({ timeout: 60_000 })
        const rows = sampleRows + AID_ROWS.length
        const done = await progress.innerText()
        expect(done).toContain(`已读取 ${rows} / ${rows} 行`)
        expect(done).toContain(
          `新增 ${rows - AID_SAMPLE_MISTAKES.length} 条，更新 0 条，未变 0 条，出错 ${AID_SAMPLE_MISTAKES.length} 行`
        )
        // Exactly the sample's mistakes, the reasons in the reviewer's words.
        const errors = page.getByTestId("aid-errors")
        await errors.getByRole("row").nth(AID_SAMPLE_MISTAKES.length).waitFor()
        const listed = (await errors.getByRole("row").allInnerTexts()).slice(1)
        expect(
          listed.map((text) => Number(text.trim().split(/\s/)[0]))
        ).toEqual(AID_SAMPLE_MISTAKES.map((m) => m.row))
        expect(await errors.innerText()).toContain("您的辖区内没有这一户")
        expect(await errors.innerText()).toContain("不是可识别的帮扶类别")
        const [report] = await Promise.all([
          page.waitForEvent("download"),
          errors.getByRole("button", { name: "下载错误报告（CSV）" }).click(),
        ])
        const reportCsv = fs.readFileSync((await report.path())!, "utf8")
        expect(reportCsv.trim().split("\n")).toHaveLength(
          AID_SAMPLE_MISTAKES.length + 1
        )

        // 2. The rules, run now for the list's year: counties, then findings.
        await page.getByLabel("年度").fill(String(Y))
        await page.getByRole("button", { name: "立即运行规则" }).click()
        const run = page.getByTestId("run-progress")
        await run.getByText(/运行完成/).waitFor({ timeout: 60_000 })
        const found = await run.innerText()
        expect(found).toContain("已完成 1 / 1 个县")
        const opened = Number(/新发现问题 (\d+) 条/.exec(found)![1])
        expect(opened).toBeGreaterThan(5)
        await page
          .getByRole("table", { name: "最近的运行" })
          .getByRole("row")
          .filter({ hasText: "手动" })
          .filter({ hasText: "已完成" })
          .waitFor()
        await screenshot(page, SUITE, "01-aid-import-and-run")

        // 3. The flag of riding two horses on the household, filtered to.
        await run.getByRole("link", { name: "查看问题线索" }).click()
        await page.waitForURL(/\/bureau\/oversight\/flags/)
        await page.getByLabel("规则").selectOption("two_horses")
        await page.getByLabel("乡镇").fill(HOUSEHOLD.township)
        await page.getByRole("button", { name: "查询" }).click()
        await page.waitForURL(/kind=two_horses/)
        const flagRow = page
          .getByRole("table", { name: "问题线索" })
          .getByRole("row")
          .filter({ hasText: HOUSEHOLD.registry_number })
          .filter({ hasText: "低保与帮扶叠加" })
        await flagRow.waitFor()
        // Only flags of that rule in that township (where the sample's
        // households live too, real townships of Zhaojue) once the
        // filtered page is in.
        await page.waitForURL(/township=/)
        await eventually(async () => {
          const rows = await page
            .getByRole("table", { name: "问题线索" })
            .getByRole("row")
            .allInnerTexts()
          expect(rows.length).toBeGreaterThan(1)
          for (const row of rows.slice(1)) {
            expect(row).toContain("低保与帮扶叠加")
          }
        })
        expect(await flagRow.innerText()).toContain(
          "低保 ¥1,440.00，同时享受帮扶 ¥3,000.00"
        )
        expect(await flagRow.innerText()).toContain("5 条帮扶记录")
        await flagRow.getByRole("button", { name: "低保与帮扶叠加" }).click()
        const drawer = page.getByRole("dialog", { name: "低保与帮扶叠加" })
        const detail = drawer.getByTestId("flag-detail")
        await detail.waitFor()
        expect(await detail.innerText()).toContain(HOUSEHOLD.registry_number)
        expect(await detail.innerText()).toMatch(/阿\*+/)
        expect(await page.content()).not.toContain(HOUSEHOLD.head_name)
        expect(await page.content()).not.toContain(HOUSEHOLD.id_number)
        // The evidence: the allowance by the month and the support, in yuan.
        const evidence = drawer.getByRole("table", { name: "证据：帮扶记录" })
        await evidence.getByRole("row").nth(5).waitFor()
        const records = (await evidence.getByRole("row").allInnerTexts()).slice(
          1
        )
        expect(records).toHaveLength(5)
        expect(records.filter((r) => r.includes("¥480.00"))).toHaveLength(3)
        expect(records.join("\n")).toContain("昭觉县民政局")
        expect(records.join("\n")).toContain("¥2,500.00")

        // 4. Handed to a colleague through the picker (reviewers covering the
        // county only), noted, then resolved — a finding and a reason
        // first refused empty, each error under its field.
        const picker = drawer.getByLabel("指派给")
        await picker
          .locator("option", { hasText: COLLEAGUE.name })
          .waitFor({ state: "attached" })
        const choices = await picker.locator("option").allInnerTexts()
        expect(choices).toEqual([
          "我自己",
          "无人负责",
          `${COLLEAGUE.name}（${ZHAOJUE.name_zh}）`,
        ])
        await picker.selectOption({
          label: `${COLLEAGUE.name}（${ZHAOJUE.name_zh}）`,
        })
        await drawer.getByRole("button", { name: "指派", exact: true }).click()
        await drawer
          .getByTestId("assigned-to")
          .getByText(`负责人：${COLLEAGUE.name}`)
          .waitFor()
        await flagRow.getByText(COLLEAGUE.name).waitFor()
        await drawer.getByLabel("添加记录").fill("已与县民政局核对低保名册")
        await drawer.getByRole("button", { name: "添加" }).click()
        await drawer
          .getByRole("list", { name: "工作记录" })
          .getByText("已与县民政局核对低保名册")
          .waitFor()
        await drawer.getByRole("button", { name: "确认处理" }).click()
        await drawer.getByText("请选择核实结果").waitFor()
        expect(
          await drawer.getByLabel("核实结果").getAttribute("aria-invalid")
        ).toBe("true")
        expect(
          await drawer.getByLabel("理由").getAttribute("aria-invalid")
        ).toBe("true")
        await drawer.getByLabel("核实结果").selectOption("justified")
        await drawer
          .getByLabel("理由")
          .fill("该户为重度残疾兜底户，经县政府批准可同时享受低保和产业帮扶")
        await drawer.getByRole("button", { name: "确认处理" }).click()
        const outcome = drawer.getByTestId("flag-outcome")
        await outcome.waitFor()
        expect(await outcome.innerText()).toContain("属实，但有合理理由")
        expect(await outcome.innerText()).toContain("重度残疾兜底户")
        expect(await outcome.innerText()).toContain(REVIEWER.name)
        expect(await detail.innerText()).toContain("已处理")
        // Out of the open queue behind the drawer.
        await flagRow.waitFor({ state: "detached" })
        await screenshot(page, SUITE, "02-flag-resolved")

        // 5. On the household's page: a shock event recorded.
        await detail
          .getByRole("link", { name: HOUSEHOLD.registry_number })
          .click()
        await page.waitForURL(/\/bureau\/households\/hh_/)
        const timeline = page.getByTestId("household-timeline")
        await timeline.locator("canvas").first().waitFor()
        await page.getByRole("button", { name: "记录突发事件" }).click()
        const dialog = page.getByRole("dialog", { name: "记录突发事件" })
        await dialog.getByRole("button", { name: "记录" }).click()
        await dialog.getByText("请选择事件类型").waitFor()
        const shockDay = new Date(Date.now() - 10 * 86_400_000)
          .toISOString()
          .slice(0, 10)
        await dialog.getByLabel("事件类型").selectOption("illness")
        await dialog.getByLabel("发生日期").fill(shockDay)
        await dialog.getByLabel("说明（可选）").fill("户主突发脑梗住院")
        await dialog.getByRole("button", { name: "记录" }).click()
        await dialog
          .getByRole("status")
          .getByText("已记录，并已纳入突发严重困难户监测。")
          .waitFor()

        // 6. The sudden-hardship case it opened, closed on exit criteria.
        await dialog.getByRole("link", { name: "查看监测对象" }).click()
        await page.waitForURL(/\/bureau\/oversight\/cases\?.*case=/)
        const caseDrawer = page.getByRole("dialog", { name: "突发严重困难户" })
        const caseDetail = caseDrawer.getByTestId("case-detail")
        await caseDetail.waitFor()
        expect(await caseDetail.innerText()).toContain(
          HOUSEHOLD.registry_number
        )
        const shocks = caseDrawer.getByRole("table", { name: "突发事件" })
        expect(await shocks.innerText()).toContain("户主突发脑梗住院")
        expect(await shocks.innerText()).toContain("疾病")
        await caseDrawer.getByRole("button", { name: "确认销号" }).click()
        await caseDrawer.getByText("请至少选择一项销号标准").waitFor()
        await caseDrawer.getByLabel("致贫返贫风险已消除").check()
        await caseDrawer.getByLabel("帮扶措施已落实到位").check()
        await caseDrawer
          .getByLabel("理由")
          .fill("医保报销后自付部分已由医疗救助兜底，户主已出院")
        await caseDrawer.getByRole("button", { name: "确认销号" }).click()
        const closed = caseDrawer.getByTestId("case-outcome")
        await closed.waitFor()
        expect(await closed.innerText()).toContain(
          "致贫返贫风险已消除、帮扶措施已落实到位"
        )
        expect(await closed.innerText()).toContain("户主已出院")
        expect(await caseDetail.innerText()).toContain("已销号")
        await screenshot(page, SUITE, "03-case-closed")
        // The income-decline report stays a click away from the cases.
        await caseDrawer.getByRole("button", { name: "关闭" }).click()
        await page.getByRole("link", { name: "收入下降明细" }).click()
        await page
          .getByRole("heading", { level: 1, name: "返贫风险" })
          .waitFor()

        // 7. The household's streams by year, its flag and case among them.
        await page.goto(`${consoleApp.url}/bureau/households/${householdId}`)
        await timeline.locator("canvas").first().waitFor()
        const years = page.getByRole("table", { name: "各年度明细" })
        const thisYear = years
          .getByRole("row")
          .filter({ hasText: "问题线索：低保与帮扶叠加" })
        await thisYear.waitFor()
        const line = await thisYear.innerText()
        expect(line).toContain("¥4,440.00")
        expect(line).toContain("已处理")
        const shockYear = years
          .getByRole("row")
          .filter({ hasText: "监测：突发严重困难户" })
        expect(await shockYear.innerText()).toContain("突发事件：疾病")
        expect(await shockYear.innerText()).toContain("户主突发脑梗住院")
        expect(await shockYear.innerText()).toContain("已销号")
        const earlier = years.getByRole("row").filter({
          has: page.getByRole("cell", { name: String(Y - 2), exact: true }),
        })
        expect(await earlier.innerText()).toContain("¥2,600.00")
        // Its aid records under the timeline, newest first; one year's.
        const aidRecords = page.getByRole("table", { name: "帮扶记录" })
        const aidRows = aidRecords.getByRole("row")
        await aidRows.nth(AID_ROWS.length).waitFor()
        expect(await aidRows.nth(1).innerText()).toContain("E2E-A-10")
        await page
          .getByRole("combobox", { name: "年度" })
          .selectOption(String(Y - 2))
        await aidRows.nth(3).waitFor({ state: "detached" })
        expect(await aidRecords.innerText()).toContain("E2E-A-01")
        await page.getByRole("combobox", { name: "年度" }).selectOption("")
        await aidRows.nth(AID_ROWS.length).waitFor()
        await page.waitForTimeout(500) // the chart's entry animation
        await docsScreenshot(page, "console-household-timeline")

        // 8. The township summary and its CSV.
        await nav.getByRole("link", { name: "监测汇总" }).click()
        const summary = page.getByTestId("oversight-summary")
        const township = summary
          .getByRole("row")
          .filter({ hasText: HOUSEHOLD.township })
        await township.waitFor()
        expect(await township.innerText()).toContain("共 1")
        const [summaryCsv] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "导出 CSV" }).click(),
        ])
        const summaryText = fs.readFileSync((await summaryCsv.path())!, "utf8")
        // The reviewer's file: headers in Chinese, the county named.
        expect(summaryText.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe(
          "县代码,县名,乡镇,类别,规则或类别,状态,数量"
        )
        expect(summaryText).toContain(
          `,昭觉县,${HOUSEHOLD.township},flag,two_horses,已处理,1`
        )
        await screenshot(page, SUITE, "04-summary")

        // 9. The queue of multiple helpers with one open, for the docs.
        await page.goto(
          `${consoleApp.url}/bureau/oversight/flags?kind=multiple`
        )
        const first = page
          .getByRole("table", { name: "问题线索" })
          .getByRole("button", { name: "多头帮扶" })
          .first()
        await first.click()
        await page
          .getByRole("dialog", { name: "多头帮扶" })
          .getByRole("table", { name: "证据：帮扶记录" })
          .waitFor()
        await docsScreenshot(page, "console-oversight-flags", false)

        // 10. A setting of the jurisdiction changed (a value out of range
        // refused under its field first) and kept.
        await page.keyboard.press("Escape")
        await nav.getByRole("link", { name: "规则设置" }).click()
        const windowRow = page.getByTestId("setting-repeated_window_days")
        const windowDays = windowRow.getByLabel("重复帮扶间隔（天）", {
          exact: true,
        })
        expect(await windowDays.inputValue()).toBe("90")
        await windowRow.getByText("系统默认").waitFor()
        await windowDays.fill("1000")
        await page.getByRole("button", { name: "保存设置" }).click()
        await windowRow.getByText("请填写 1 到 730 之间的整数").waitFor()
        await windowDays.fill("60")
        await page.getByRole("button", { name: "保存设置" }).click()
        await page.getByText("已保存，下一次运行规则时生效。").waitFor()
        await windowRow.getByText("本辖区设置").waitFor()
        await page.reload()
        expect(await windowDays.inputValue()).toBe("60")
        await page
          .getByTestId("setting-multiple_givers")
          .getByText("系统默认")
          .waitFor()
        await docsScreenshot(page, "console-oversight-settings")
        await page.context().close()
      }
    )

    browserIt("puts one setting back to what holds above", async () => {
      const set = await request()
        .post("/bureau/oversight/settings")
        .set(reviewer.headers)
        .send({ income_drop_percent: 40 })
      expect(set.status).toBe(200)
      const page = await newPage()
      await signIn(page)
      await page.goto(`${consoleApp.url}/bureau/oversight/settings`)
      const row = page.getByTestId("setting-income_drop_percent")
      await row.getByText("本辖区设置").waitFor()
      await row.getByRole("button", { name: /恢复上级设置/ }).click()
      // What came of it is said beside the setting, either way.
      await row.getByText(/恢复为上级设置/).waitFor()
      expect(await row.innerText()).toContain("已恢复为上级设置")
      expect(await row.innerText()).toContain("系统默认")
      expect(
        await row.getByLabel("收入降幅（%）", { exact: true }).inputValue()
      ).toBe("30")
      await page.context().close()
    })

    browserIt(
      "lets a cooperative report a member household's hardship, which a reviewer finds as a sudden-hardship case",
      async () => {
        const coop = await newPage()
        await consoleUi.signIn(coop, "cooperative_user", COOP_OWNER)
        await coop.goto(`${consoleApp.url}/coop/households/${householdId}`)
        await coop.getByRole("button", { name: "报告突发困难" }).click()
        const dialog = coop.getByRole("dialog", { name: "报告突发困难" })
        await dialog.getByRole("button", { name: "报告", exact: true }).click()
        await dialog.getByText("请选择事件类型").waitFor()
        const day = new Date(Date.now() - 3 * 86_400_000)
          .toISOString()
          .slice(0, 10)
        await dialog.getByLabel("事件类型").selectOption("disaster")
        await dialog.getByLabel("发生日期").fill(day)
        await dialog
          .getByLabel("说明（可选）")
          .fill("暴雨冲毁牛圈，两头牦牛死亡")
        await dialog.getByRole("button", { name: "报告", exact: true }).click()
        await dialog
          .getByRole("status")
          .getByText(/已报告/)
          .waitFor()
        // The cooperative is told nothing of the case.
        expect(await dialog.getByRole("link").count()).toBe(0)
        await coop.context().close()

        const page = await newPage()
        await signIn(page)
        await page.goto(
          `${consoleApp.url}/bureau/oversight/cases?kind=sudden_hardship`
        )
        const row = page
          .getByRole("table", { name: "监测对象" })
          .getByRole("row")
          .filter({ hasText: HOUSEHOLD.registry_number })
        await row.getByRole("button", { name: "突发严重困难户" }).click()
        const shocks = page
          .getByRole("dialog", { name: "突发严重困难户" })
          .getByRole("table", { name: "突发事件" })
          .getByRole("row")
          .filter({ hasText: "暴雨冲毁牛圈" })
        await shocks.waitFor()
        expect(await shocks.innerText()).toContain("自然灾害")
        expect(await shocks.innerText()).toContain("合作社")
        await page.context().close()
      }
    )
  }
)
