import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import iconv from "iconv-lite"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { parse as parseCsv } from "csv-parse/sync"
import { type BaseStore, seedBaseStore } from "../../../seed/src/base-store"
import {
  type Actor,
  loginAs,
  operator,
  TEST_PASSWORD,
} from "../../helpers/actors"
import { screenshot } from "../../helpers/browser"
import { buckwheatTea, createProduct } from "../../helpers/catalog"
import { captureOrderPayment, checkout } from "../../helpers/checkout"
import type { ConsoleServer } from "../../helpers/console-server"
import { eventually } from "../../helpers/eventually"
import { BUTUO, CANGXI, ZHAOJUE } from "../../helpers/fixtures"
import { syntheticIdNumber } from "../../helpers/identities"
import {
  REGISTRY_SAMPLE_MISTAKES,
  REGISTRY_SAMPLE_ROWS,
} from "../../../seed/src/demo/registry-sample"
import { describeHttp } from "../../helpers/medusa-app"
import { addBatch } from "../../helpers/provenance"
import { expectSecurityHeaders } from "../../helpers/security-headers"
import {
  approveCooperative,
  createBureauUser,
  createCounties,
  creditCode,
  registerCooperative,
} from "../../helpers/tenants"
import { consoleBrowser, consoleSuite } from "./console-browser"

jest.setTimeout(600 * 1000)

const { skipReason, browserIt } = consoleSuite("console e2e")

const SUITE = "console"
const COOPERATIVE = {
  email: "owner@e2e-buckwheat.coop",
  name: "昭觉县端到端苦荞专业合作社",
  handle: "e2e-buckwheat",
}
const fenOf = (text: string) =>
  Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100)

describeHttp("console end to end", ({ request, baseUrl, getContainer }) => {
  let base: BaseStore
  let consoleApp: ConsoleServer
  let admin: Actor
  let zhaojueReviewer: Actor
  const consoleUi = consoleBrowser(skipReason)
  const { newPage, signIn } = consoleUi

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    zhaojueReviewer = await createBureauUser(request, admin, {
      email: "reviewer@zhaojue.gov",
      name: "昭觉县商务局审核员",
      jurisdiction_code: ZHAOJUE.code,
    })
    await createBureauUser(request, admin, {
      email: "reviewer@cangxi.gov",
      name: "苍溪县商务局审核员",
      jurisdiction_code: CANGXI.code,
    })
    consoleApp = await consoleUi.start({
      backendUrl: baseUrl(),
      publishableKey: base.publishableKey,
    })
  })

  const sql = async <T>(text: string, bindings: string[] = []) => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return (await knex.raw(text, bindings)).rows as T[]
  }

  it("serves index.html and its scripts with security headers, and the API too", async () => {
    // The SPA's pages all answer index.html.
    for (const path of ["/", "/login"]) {
      const page = await fetch(`${consoleApp.url}${path}`)
      expect(page.status).toBe(200)
      const policy = expectSecurityHeaders(page.headers)
      // The sign-in token lives in localStorage: only the bundle's files run.
      expect(policy.get("script-src")).toEqual(["'self'"])
      expect(policy.get("default-src")).toEqual(["'self'"])
      expect(policy.get("object-src")).toEqual(["'none'"])
      expect(policy.get("connect-src")).toEqual([
        "'self'",
        new URL(baseUrl()).origin,
      ])
      const html = await page.text()
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      if (path === "/") {
        const asset = html.match(/\/assets\/[^"]+\.js/)![0]
        expectSecurityHeaders(
          (await fetch(`${consoleApp.url}${asset}`)).headers
        )
      }
    }
    expectSecurityHeaders((await fetch(`${consoleApp.url}/config.js`)).headers)

    // The backend refuses a console route without a token, headers and all.
    const refused = await request().get("/vendor/me")
    expect(refused.status).toBe(401)
    expect(expectSecurityHeaders(refused.headers).get("default-src")).toEqual([
      "'none'",
    ])
  })

  browserIt(
    "takes a new cooperative from registration to attributed sales the bureau can drill into and export",
    async () => {
      // 1. The cooperative registers itself.
      const coop = await newPage()
      await coop.goto(`${consoleApp.url}/register`)
      await coop.getByLabel("邮箱", { exact: true }).fill(COOPERATIVE.email)
      await coop.getByLabel("密码").fill(TEST_PASSWORD)
      await coop.getByLabel("合作社名称").fill(COOPERATIVE.name)
      await coop.getByLabel("网址标识").fill(COOPERATIVE.handle)
      await coop
        .getByLabel("统一社会信用代码")
        .fill(creditCode(ZHAOJUE.code, "E2E000001"))
      await coop.getByLabel("所在县").selectOption(ZHAOJUE.code)
      await coop.getByLabel("联系邮箱").fill(COOPERATIVE.email)
      await screenshot(coop, SUITE, "01-register")
      await coop.getByRole("button", { name: "提交注册" }).click()
      await coop.waitForURL(/\/coop$/)
      await coop.getByText("合作社正在等待商务局审核").waitFor()
      await screenshot(coop, SUITE, "02-pending")

      // 2. The county's reviewer approves it.
      const bureau = await newPage()
      await signIn(bureau, "bureau_user", "reviewer@zhaojue.gov")
      await bureau.goto(`${consoleApp.url}/bureau/approvals`)
      const row = bureau.getByRole("row").filter({ hasText: COOPERATIVE.name })
      await row.getByRole("button", { name: "通过" }).click()
      await screenshot(bureau, SUITE, "03-approve")
      await bureau
        .getByRole("dialog")
        .getByRole("button", { name: "确认通过" })
        .click()
      await row.waitFor({ state: "detached" })
      await screenshot(bureau, SUITE, "04-approved")

      // 3. Its member households: the first through the console (the ID
      // number's check digit is checked before it is sent), two by API.
      const staff = await loginAs(
        request,
        "cooperative_user",
        COOPERATIVE.email
      )
      const member = (i: number) => ({
        registry_number: `5134310101E2E${i}`,
        county_code: ZHAOJUE.code,
        township: "竹核乡",
        village: "大温泉村",
        head_name: `阿说${i}`,
        id_number: syntheticIdNumber(ZHAOJUE.code, "19800101", `90${i}`),
        member_count: 3 + i,
      })
      await coop.goto(`${consoleApp.url}/coop/households/new`)
      const first = member(1)
      await coop.getByLabel("档案编号").fill(first.registry_number)
      await coop.getByLabel("乡镇").fill(first.township)
      await coop.getByLabel("村", { exact: true }).fill(first.village)
      await coop.getByLabel("户主姓名").fill(first.head_name)
      await coop.getByLabel("家庭人口").fill(String(first.member_count))
      const wrongCheckDigit =
        first.id_number.slice(0, 17) + (first.id_number[17] === "1" ? "2" : "1")
      await coop.getByLabel("户主身份证号").fill(wrongCheckDigit)
      await coop.getByRole("button", { name: "登记农户" }).click()
      await coop.locator("[aria-invalid=true]").first().waitFor()
      expect(
        await coop.getByLabel("户主身份证号").getAttribute("aria-invalid")
      ).toBe("true")
      await coop.getByLabel("户主身份证号").fill(first.id_number)
      await screenshot(coop, SUITE, "05-household-new")
      await coop.getByRole("button", { name: "登记农户" }).click()
      await coop.waitForURL(/\/coop\/households$/)
      await coop.getByRole("link", { name: first.registry_number }).waitFor()
      // Shown masked, never the ID number.
      expect(await coop.content()).not.toContain(first.id_number)
      for (const i of [2, 3]) {
        const created = await request()
          .post("/vendor/households")
          .set(staff.headers)
          .send(member(i))
        expect(created.status).toBe(201)
      }
      const listed = await request()
        .get("/vendor/households")
        .set(staff.headers)
      const households = (
        listed.body.households as { id: string; registry_number: string }[]
      )
        .map((h) => ({ id: h.id, registry: h.registry_number }))
        .sort((x, y) => x.registry.localeCompare(y.registry))
      expect(households.map((h) => h.registry)).toEqual(
        [1, 2, 3].map((i) => `5134310101E2E${i}`)
      )
      await coop.reload()
      await coop.getByRole("link", { name: "5134310101E2E3" }).waitFor()
      await screenshot(coop, SUITE, "06-households")
      // The county's reviewer verifies them against the registry: only
      // verified households count in the bureau's household figures.
      await bureau.goto(`${consoleApp.url}/bureau/approvals?tab=households`)
      for (const household of households) {
        const pending = bureau
          .getByRole("row")
          .filter({ hasText: household.registry })
        await pending.getByRole("button", { name: "核验通过" }).click()
        await bureau
          .getByRole("dialog")
          .getByRole("button", { name: "确认核验通过" })
          .click()
        await pending.waitFor({ state: "detached" })
      }

      // 4. A product, now that the cooperative is approved.
      await coop.goto(`${consoleApp.url}/coop/products/new`)
      await coop.getByLabel("商品名称").fill("端到端苦荞米")
      await coop.getByLabel("规格名称 1").fill("500g")
      await coop.getByLabel("价格（元）1").fill("36.80")
      await coop.getByLabel("创建后立即上架").check()
      await screenshot(coop, SUITE, "07-product-new")
      await coop.getByRole("button", { name: "创建商品" }).click()
      await coop
        .getByRole("heading", { level: 1, name: "端到端苦荞米" })
        .waitFor()
      await screenshot(coop, SUITE, "08-product")

      // 4b. Photos from a phone: two chosen at once, the second made the
      // cover; the shop's card shows its small copy.
      await coop.setViewportSize({ width: 390, height: 844 })
      const photo = (r: number, g: number) =>
        sharp({
          create: {
            width: 2400,
            height: 1800,
            channels: 3,
            background: { r, g, b: 40 },
          },
        })
          .jpeg()
          .toBuffer()
      await coop.getByLabel("拍照或选择图片").setInputFiles([
        {
          name: "IMG_0001.jpg",
          mimeType: "image/jpeg",
          buffer: await photo(200, 160),
        },
        {
          name: "IMG_0002.jpg",
          mimeType: "image/jpeg",
          buffer: await photo(90, 140),
        },
      ])
      await coop.getByTestId("product-image").nth(1).waitFor()
      await coop.getByRole("button", { name: "设为封面" }).click()
      await coop.getByRole("button", { name: "保存图片" }).click()
      await coop.getByText("已保存").first().waitFor()
      await screenshot(coop, SUITE, "08b-product-photos-phone")
      const productId = coop.url().split("/").pop()!
      const saved = await request()
        .get(`/vendor/products/${productId}`)
        .set(staff.headers)
      const gallery = [...saved.body.product.images].sort(
        (a: { rank: number }, b: { rank: number }) => a.rank - b.rank
      ) as { url: string; metadata: { thumbnail_url: string } }[]
      expect(gallery).toHaveLength(2)
      expect(gallery.every((i) => i.url.endsWith(".webp"))).toBe(true)
      expect(saved.body.product.thumbnail).toBe(
        gallery[0].metadata.thumbnail_url
      )
      await coop.setViewportSize({ width: 1280, height: 900 })

      // 5. A batch of 120 kg from three households (40 + 50 + 20) and one
      // supplier who is not a registered household (10).
      await coop.goto(`${consoleApp.url}/coop/batches/new`)
      await coop
        .getByLabel("商品规格")
        .selectOption({ label: "端到端苦荞米 · 500g" })
      await coop.getByLabel("采收日期").fill("2026-10-15")
      await coop.getByLabel("产地村").fill("大温泉村")
      await coop.getByLabel("数量", { exact: true }).fill("120")
      await coop.getByLabel("单位").selectOption({ label: "千克" })
      const quantities = [40, 50, 20]
      for (const [index, household] of households.entries()) {
        await coop.getByRole("button", { name: "添加农户供货" }).click()
        const row = index + 1
        const select = coop.getByLabel(`农户 ${row}`, { exact: true })
        const value = await select
          .locator("option", { hasText: household.registry })
          .getAttribute("value")
        await select.selectOption(value!)
        await coop
          .getByLabel(`数量 ${row}`, { exact: true })
          .fill(String(quantities[index]))
      }
      // Shares of the whole batch, live: 40, 50 and 20 of 120.
      expect(await coop.getByLabel("份额 1").innerText()).toBe("33.3%")
      expect(await coop.getByLabel("份额 2").innerText()).toBe("41.7%")
      expect(await coop.getByLabel("份额 3").innerText()).toBe("16.7%")
      // More than the batch holds is refused before it reaches the server.
      await coop.getByLabel("数量 3", { exact: true }).fill("40")
      await coop.getByText("超过了批次数量").waitFor()
      const submit = coop.getByRole("button", { name: "登记批次" }).last()
      expect(await submit.isDisabled()).toBe(true)
      await screenshot(coop, SUITE, "09-batch-over")
      await coop.getByLabel("数量 3", { exact: true }).fill("20")
      await screenshot(coop, SUITE, "10-batch-new")
      await submit.click()
      await coop.getByRole("heading", { level: 1, name: /^批次 / }).waitFor()
      const traceCode = (
        await coop.getByRole("heading", { level: 1 }).innerText()
      ).replace(/^批次\s*/, "")
      await screenshot(coop, SUITE, "11-batch")

      // 6. A sheet of QR labels for the packages.
      await coop.getByRole("link", { name: "打印溯源标签" }).click()
      const labels = coop.getByRole("img", {
        name: `溯源码 ${traceCode} 的二维码`,
      })
      await labels.first().waitFor()
      // One label per item of the batch, the last A4 page (24) filled.
      const count = Number(await coop.getByLabel("标签数量").inputValue())
      expect(count % 24).toBe(0)
      expect(count).toBeGreaterThan(24)
      expect(await labels.count()).toBe(count)
      await coop.getByText("扫码溯源").first().waitFor()
      expect(
        await labels
          .first()
          .evaluate((img) => (img as HTMLImageElement).naturalWidth)
      ).toBeGreaterThan(0)
      await coop.evaluate(() => {
        ;(window as unknown as { printed: number }).printed = 0
        window.print = () => {
          ;(window as unknown as { printed: number }).printed++
        }
      })
      await coop.getByRole("button", { name: "打印" }).click()
      expect(
        await coop.evaluate(
          () => (window as unknown as { printed: number }).printed
        )
      ).toBe(1)
      await screenshot(coop, SUITE, "12-labels")

      // 6b. The same harvest entered twice by mistake: the copy is voided
      // from its page, with the reason, and its stock leaves the shop.
      const recorded = await request().get("/vendor/batches").set(staff.headers)
      const original = (
        recorded.body.batches as {
          trace_code: string
          variant: { id: string }
        }[]
      ).find((candidate) => candidate.trace_code === traceCode)!
      const copy = await request()
        .post("/vendor/batches")
        .set(staff.headers)
        .send({
          variant_id: original.variant.id,
          harvested_at: "2026-10-15",
          village: "大温泉村",
          quantity: 10,
          unit: "kg",
        })
      expect(copy.status).toBe(201)
      await coop.goto(`${consoleApp.url}/coop/batches/${copy.body.batch.id}`)
      await coop.getByRole("button", { name: "作废批次" }).click()
      const dialog = coop.getByRole("dialog")
      await dialog.getByRole("button", { name: "确认作废" }).click()
      await dialog.getByText("请写明作废原因").waitFor()
      await dialog.getByLabel("作废原因").fill("重复录入")
      await screenshot(coop, SUITE, "12b-batch-void")
      await dialog.getByRole("button", { name: "确认作废" }).click()
      await coop
        .getByTestId("batch-voided")
        .getByText(/重复录入/)
        .waitFor()
      expect(await coop.getByRole("button", { name: "作废批次" }).count()).toBe(
        0
      )
      await screenshot(coop, SUITE, "12c-batch-voided")

      // 7. A shopper buys three bags; the operator captures the payment.
      const batches = await request().get("/vendor/batches").set(staff.headers)
      const batch = (
        batches.body.batches as {
          trace_code: string
          variant: { id: string }
        }[]
      ).find((candidate) => candidate.trace_code === traceCode)!
      const variant_id = batch.variant.id
      const { order } = await checkout(request, {
        publishableKey: base.publishableKey,
        items: [{ variant_id, quantity: 3 }],
      })
      await captureOrderPayment(request, admin, order.id)
      const ledger = await eventually(async () => {
        const rows = await sql<{ household_id: string; net: number }>(
          `select household_id,
                  sum(case when kind = 'sale' then amount else -amount end)::int as net
             from attribution_entry
            where order_id = ? and household_id is not null
            group by household_id`,
          [order.id]
        )
        expect(rows).toHaveLength(3)
        return new Map(rows.map((r) => [r.household_id, r.net]))
      })

      // 8. The reviewer drills down county → cooperative → household.
      await bureau.goto(`${consoleApp.url}/bureau/attribution`)
      await bureau.getByRole("link", { name: ZHAOJUE.name_zh }).click()
      await bureau.getByRole("link", { name: COOPERATIVE.name }).click()
      await bureau.waitForURL(/\/bureau\/attribution\/513431\/coop_/)
      for (const household of households) {
        const line = bureau
          .getByRole("row")
          .filter({ hasText: household.registry })
        await line.waitFor()
        const cells = await line.getByRole("cell").allInnerTexts()
        const amounts = cells.filter((text) => /¥/.test(text)).map(fenOf)
        // Sales, refunds, net: the net is the last amount.
        expect(amounts[amounts.length - 1]).toBe(ledger.get(household.id))
      }
      await screenshot(bureau, SUITE, "13-drill-down")

      // 9. The CSV holds the same figures.
      const [download] = await Promise.all([
        bureau.waitForEvent("download"),
        bureau.getByRole("button", { name: "导出 CSV" }).click(),
      ])
      const csv = fs.readFileSync((await download.path())!, "utf8")
      const [header, ...lines] = csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/)
      // The reviewer's file: Chinese headers, yuan with two decimals.
      const columns = header.split(",")
      const netAt = columns.indexOf("净额（元）")
      const idAt = columns.indexOf("农户编号")
      expect(columns).toContain("县名")
      const exported = new Map(
        lines.map((line) => {
          const cells = line.split(",")
          expect(cells[netAt]).toMatch(/^-?\d+\.\d{2}$/)
          return [cells[idAt], fenOf(cells[netAt])]
        })
      )
      for (const household of households) {
        expect(exported.get(household.id)).toBe(ledger.get(household.id))
      }

      await coop.context().close()
      await bureau.context().close()
    }
  )

  browserIt(
    "shows another county's reviewer none of it, and sends a cooperative away from bureau pages",
    async () => {
      // Each test starts from the suite's snapshot: this one registers its own.
      const tenant = await registerCooperative(request, {
        ...COOPERATIVE,
        county_code: ZHAOJUE.code,
        serial: "E2E000002",
      })
      const cooperativeId = tenant.cooperative.id
      const cangxi = await newPage()
      await signIn(cangxi, "bureau_user", "reviewer@cangxi.gov")
      await cangxi.goto(`${consoleApp.url}/bureau/approvals`)
      await cangxi.getByRole("heading", { level: 1 }).waitFor()
      await cangxi.waitForLoadState("networkidle")
      expect(await cangxi.getByText(COOPERATIVE.name).count()).toBe(0)
      await approveCooperative(request, zhaojueReviewer, tenant)
      await cangxi.goto(`${consoleApp.url}/bureau/attribution`)
      await cangxi.waitForLoadState("networkidle")
      expect(
        await cangxi.getByRole("link", { name: ZHAOJUE.name_zh }).count()
      ).toBe(0)
      await cangxi.goto(
        `${consoleApp.url}/bureau/attribution/${ZHAOJUE.code}/${cooperativeId}`
      )
      await cangxi.getByText("找不到该县或合作社").waitFor()
      expect(await cangxi.getByText("5134310101E2E1").count()).toBe(0)
      await cangxi.goto(
        `${consoleApp.url}/bureau/cooperatives/${cooperativeId}`
      )
      await cangxi.getByText("找不到该记录，或它不在您的权限范围内。").waitFor()
      await screenshot(cangxi, SUITE, "14-other-county")

      const coop = await newPage()
      await signIn(coop, "cooperative_user", COOPERATIVE.email)
      await coop.goto(`${consoleApp.url}/bureau/attribution`)
      await coop.waitForURL(/\/coop$/)
      await screenshot(coop, SUITE, "15-coop-redirected")
      await cangxi.context().close()
      await coop.context().close()
    }
  )

  browserIt(
    "lets a prefecture's reviewer approve a cooperative's request to join a household and grant it a neighbouring county",
    async () => {
      await createCounties(request, admin, [BUTUO])
      const liangshan = await createBureauUser(request, admin, {
        email: "reviewer@liangshan-e2e.gov",
        name: "凉山州商务局审核员",
        jurisdiction_code: "5134",
      })
      const owner = await registerCooperative(request, {
        email: "owner@e2e-owner.coop",
        name: "昭觉县端到端马铃薯合作社",
        handle: "e2e-owner",
        county_code: ZHAOJUE.code,
        serial: "E2E000003",
      })
      const joiner = await registerCooperative(request, {
        email: "owner@e2e-joiner.coop",
        name: "昭觉县端到端荞麦加工合作社",
        handle: "e2e-joiner",
        county_code: ZHAOJUE.code,
        serial: "E2E000004",
      })
      await approveCooperative(request, liangshan, owner)
      await approveCooperative(request, liangshan, joiner)
      const household = {
        registry_number: "5134310101E2J1",
        county_code: ZHAOJUE.code,
        township: "竹核乡",
        village: "大温泉村",
        head_name: "吉克阿呷",
        id_number: syntheticIdNumber(ZHAOJUE.code, "19750505", "931"),
        member_count: 4,
      }
      const created = await request()
        .post("/vendor/households")
        .set(owner.headers)
        .send(household)
      expect(created.status).toBe(201)
      const asked = await request()
        .post("/vendor/households/link")
        .set(joiner.headers)
        .send({
          registry_number: household.registry_number,
          id_number: household.id_number,
        })
      expect(asked.status).toBe(202)

      const reviewer = await newPage()
      await signIn(reviewer, "bureau_user", "reviewer@liangshan-e2e.gov")
      await reviewer.goto(`${consoleApp.url}/bureau/approvals?tab=joins`)
      const row = reviewer
        .getByRole("row")
        .filter({ hasText: "昭觉县端到端荞麦加工合作社" })
      await row.waitFor()
      expect(await reviewer.content()).not.toContain(household.id_number)
      await screenshot(reviewer, SUITE, "16-join-requests")
      await row.getByRole("button", { name: "批准" }).click()
      await reviewer
        .getByRole("dialog")
        .getByRole("button", { name: "批准" })
        .click()
      await row.waitFor({ state: "detached" })
      const members = await request()
        .get("/vendor/households")
        .set(joiner.headers)
      expect(
        members.body.households.map(
          (h: { registry_number: string }) => h.registry_number
        )
      ).toEqual([household.registry_number])

      await reviewer.goto(
        `${consoleApp.url}/bureau/cooperatives/${joiner.cooperative.id}`
      )
      await reviewer.getByRole("button", { name: "授予县域" }).click()
      const dialog = reviewer.getByRole("dialog")
      await dialog.getByLabel("县", { exact: true }).selectOption(BUTUO.code)
      await dialog.getByLabel("原因").fill("收购布拖农户的苦荞")
      await screenshot(reviewer, SUITE, "17-grant-county")
      await dialog.getByRole("button", { name: "确认授予" }).click()
      await reviewer.getByText("收购布拖农户的苦荞").waitFor()
      await screenshot(reviewer, SUITE, "18-county-granted")
      const me = await request().get("/vendor/me").set(joiner.headers)
      expect(me.body.cooperative.operating_counties).toEqual([
        ZHAOJUE.code,
        BUTUO.code,
      ])
      await reviewer.context().close()
    }
  )
  browserIt(
    "lets a reviewer see a cooperative's benefit linkage and decide a household's dispute",
    async () => {
      const coop = await registerCooperative(request, {
        email: "owner@e2e-linkage.coop",
        name: "昭觉县端到端利益联结合作社",
        handle: "e2e-linkage",
        county_code: ZHAOJUE.code,
        serial: "E2E000009",
      })
      await approveCooperative(request, zhaojueReviewer, coop)
      const member = await request()
        .post("/vendor/households")
        .set(coop.headers)
        .send({
          registry_number: "5134310101E2L1",
          county_code: ZHAOJUE.code,
          township: "竹核乡",
          village: "大温泉村",
          head_name: "阿说小红",
          id_number: syntheticIdNumber(ZHAOJUE.code, "19800606", "951"),
          member_count: 3,
        })
      expect(member.status).toBe(201)
      const agreement = await request()
        .post("/vendor/agreements")
        .set(coop.headers)
        .send({
          kind: "wage",
          household_id: member.body.household.id,
          starts_on: "2026-01-01",
          daily_wage: 12000,
        })
      expect(agreement.status).toBe(201)
      const year = new Date().getFullYear()
      // January's wages (5 days × ¥120), due at the month's end: the
      // payment below settles ¥240 of it, ¥360 stays owed and is late.
      const owed = await request()
        .post("/vendor/obligations")
        .set(coop.headers)
        .send({
          agreement_id: agreement.body.agreement.id,
          period: `${year}-01`,
          due_on: `${year}-01-31`,
          work_days: 5,
        })
      expect(owed.status).toBe(201)
      // The cash receipt the cooperative kept, a photo (PNG).
      const receipt = Buffer.from(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489",
        "hex"
      )
      const document = await request()
        .post("/vendor/documents")
        .set(coop.headers)
        .send({ filename: "现金收据.png", content: receipt.toString("base64") })
      expect(document.status).toBe(201)
      const payout = await request()
        .post("/vendor/payouts")
        .set(coop.headers)
        .send({
          agreement_id: agreement.body.agreement.id,
          amount: 24000,
          paid_on: `${year}-01-15`,
          method: "cash",
          reference: "E2E-CASH-1",
          evidence_document_id: document.body.document.id,
        })
      expect(payout.status).toBe(201)
      const slip = await request()
        .post(`/vendor/payouts/${payout.body.payout.id}/slip`)
        .set(coop.headers)
        .send({})
      const answered = await request()
        .post(`/store/payout-slips/${slip.body.slip.url.split("/p/")[1]}`)
        .set({ "x-publishable-api-key": base.publishableKey })
        .send({ outcome: "not_received", note: "现金没有送到" })
      expect(answered.status).toBe(201)
      // The member's buckwheat, bought under a floor of ¥8 a kilo at ¥10
      // (¥100 owed, the floor making it worth ¥80) and only ¥50 paid; one
      // bag of it sold: revenue attributed to the household gives a ratio.
      const purchase = await request()
        .post("/vendor/agreements")
        .set(coop.headers)
        .send({
          kind: "purchase",
          household_id: member.body.household.id,
          starts_on: "2026-01-01",
          floor_price: 800,
          unit: "kg",
        })
      expect(purchase.status).toBe(201)
      const tea = await createProduct(
        request,
        coop,
        buckwheatTea("e2e-linkage-tea")
      )
      const teaVariant = tea.variants.find((v) => v.title === "1kg")!.id
      await addBatch(
        request,
        coop,
        teaVariant,
        10,
        [{ household_id: member.body.household.id, quantity: 10 }],
        { purchase_price: 1000, harvested_at: `${year}-01-20` }
      )
      const partly = await request()
        .post("/vendor/payouts")
        .set(coop.headers)
        .send({
          agreement_id: purchase.body.agreement.id,
          amount: 5000,
          paid_on: `${year}-02-01`,
          method: "bank_transfer",
          reference: "E2E-BANK-1",
        })
      expect(partly.status).toBe(201)
      const { order } = await checkout(request, {
        publishableKey: base.publishableKey,
        items: [{ variant_id: teaVariant, quantity: 1 }],
      })
      await captureOrderPayment(request, admin, order.id)
      await eventually(async () => {
        const report = await request()
          .get(`/bureau/reports/benefit?cooperative_id=${coop.cooperative.id}`)
          .set(zhaojueReviewer.headers)
        expect(
          report.body.cooperatives[0].attributed_to_households
        ).toBeGreaterThan(0)
      })

      const page = await newPage()
      await signIn(page, "bureau_user", "reviewer@zhaojue.gov")
      await page.goto(`${consoleApp.url}/bureau/benefit`)
      const coopRow = page
        .getByTestId("benefit-report")
        .getByRole("row")
        .filter({ hasText: "昭觉县端到端利益联结合作社" })
      await coopRow.waitFor()
      expect(await coopRow.innerText()).toContain("¥290.00")
      // Late outstanding (¥360 of wages, ¥50 of buckwheat), with the
      // oldest unpaid obligation's age; a ratio now that a bag sold.
      expect(await coopRow.getByTestId("benefit-late").innerText()).toBe(
        "¥410.00"
      )
      expect(await coopRow.getByTestId("benefit-ratio").innerText()).toMatch(
        /^\d+\.\d%$/
      )
      expect(await coopRow.innerText()).toMatch(/最久 \d+ 天/)
      // The benefit ratio per cooperative, charted against the threshold.
      await page.getByTestId("benefit-chart").locator("canvas").waitFor()
      // Late payments: the household's registry number and masked head.
      const lateRow = page
        .getByTestId("late-payments")
        .getByRole("row")
        .filter({ hasText: "5134310101E2L1" })
        .filter({ hasText: "务工" })
      await lateRow.waitFor()
      const late = await lateRow.innerText()
      expect(late).toContain("昭觉县端到端利益联结合作社")
      expect(late).toContain("阿***")
      expect(late).toContain(`${year}-01 期`)
      expect(late).toMatch(/逾期 \d+ 天/)
      expect(late).toContain("¥600.00")
      expect(late).toContain("¥360.00")
      expect(await page.content()).not.toContain("阿说小红")
      // Floor-price compliance: the buckwheat, paid ¥30 short of its floor.
      const floorRow = page
        .getByTestId("floor-compliance")
        .getByRole("row")
        .filter({ hasText: "5134310101E2L1" })
      await floorRow.waitFor()
      const floor = await floorRow.innerText()
      expect(floor).toContain("收购")
      expect(floor).toMatch(/批次 …\w{8}/)
      expect(floor).toMatch(
        /¥100\.00[\s\S]*¥50\.00[\s\S]*¥50\.00[\s\S]*¥80\.00[\s\S]*¥30\.00/
      )
      await screenshot(page, SUITE, "18-benefit-linkage")

      // Grouped by county, kept in the URL: the cooperatives of 昭觉县 summed.
      await page.getByLabel("汇总方式").selectOption("county")
      await page.getByRole("button", { name: "查询" }).click()
      await page.waitForURL(/group_by=county/)
      const countyRow = page
        .getByTestId("benefit-report")
        .getByRole("row")
        .filter({ hasText: ZHAOJUE.code })
      await countyRow.waitFor()
      expect(await countyRow.innerText()).toContain("昭觉县")
      expect(await countyRow.innerText()).toMatch(/¥\d/)
      await page.reload()
      await countyRow.waitFor()
      expect(await page.getByLabel("汇总方式").inputValue()).toBe("county")
      await screenshot(page, SUITE, "18-benefit-linkage-county")

      // The cooperative's own page: its figures, members, late payments.
      await page.getByLabel("汇总方式").selectOption("cooperative")
      await page.getByRole("button", { name: "查询" }).click()
      await coopRow
        .getByRole("link", { name: "昭觉县端到端利益联结合作社" })
        .click()
      await page.waitForURL(/\/bureau\/cooperatives\//)
      const summary = page.getByTestId("benefit-summary")
      await summary.waitFor()
      expect(await summary.innerText()).toContain("¥410.00")
      expect(await summary.innerText()).toContain("1 笔低于保底价")
      // The member's figures, and its obligation among the late payments.
      const memberRow = page
        .getByTestId("benefit-report")
        .getByRole("row")
        .filter({ hasText: "5134310101E2L1" })
      await memberRow.waitFor()
      expect(await memberRow.innerText()).toContain("阿***")
      expect(await memberRow.innerText()).toContain("¥290.00")
      const memberLate = page
        .getByTestId("late-payments")
        .getByRole("row")
        .filter({ hasText: "5134310101E2L1" })
      await memberLate.nth(1).waitFor()
      expect(await memberLate.count()).toBe(2)
      expect(await page.content()).not.toContain("阿说小红")
      await screenshot(page, SUITE, "18-cooperative-linkage")

      await page.goto(`${consoleApp.url}/bureau/disputes`)
      const row = page.getByRole("row").filter({ hasText: "E2E-CASH-1" })
      await row.waitFor()
      expect(await row.innerText()).toContain("现金没有送到")
      // The terms it was paid under, and the receipt, read by the reviewer.
      expect(await row.innerText()).toContain("日工资 ¥120.00")
      const [receiptDownload] = await Promise.all([
        page.waitForEvent("download"),
        row.getByRole("button", { name: "付款凭证" }).click(),
      ])
      expect(receiptDownload.suggestedFilename()).toBe("现金收据.png")
      expect(
        Buffer.compare(
          fs.readFileSync((await receiptDownload.path())!),
          receipt
        )
      ).toBe(0)
      expect(await page.content()).not.toContain("阿说小红")
      await screenshot(page, SUITE, "19-payout-disputes")
      await row.getByRole("button", { name: "农户属实" }).click()
      const dialog = page.getByRole("dialog")
      await dialog.getByLabel("理由").fill("村第一书记核实：现金未送达")
      await dialog.getByRole("button", { name: "农户属实" }).click()
      await dialog.waitFor({ state: "detached" })
      await page
        .getByRole("row")
        .filter({ hasText: "村第一书记核实" })
        .waitFor()
      const [resolution] = await sql<{ resolution: string }>(
        "select resolution from linkage_dispute_resolution"
      )
      expect(resolution.resolution).toBe("upheld")
      await page.context().close()
    }
  )
  browserIt(
    "lets a cooperative record an agreement and a payment, print its slip and a sheet of slips whose QR codes carry the households' confirmation links, and print a member's statement",
    async () => {
      const coop = await registerCooperative(request, {
        email: "owner@e2e-slips.coop",
        name: "昭觉县端到端收款单合作社",
        handle: "e2e-slips",
        county_code: ZHAOJUE.code,
        serial: "E2E000010",
      })
      await approveCooperative(request, zhaojueReviewer, coop)
      const member = await request()
        .post("/vendor/households")
        .set(coop.headers)
        .send({
          registry_number: "5134310101E2S1",
          county_code: ZHAOJUE.code,
          township: "竹核乡",
          village: "大温泉村",
          head_name: "吉克石布",
          id_number: syntheticIdNumber(ZHAOJUE.code, "19810707", "961"),
          member_count: 4,
        })
      expect(member.status).toBe(201)

      const page = await newPage()
      await signIn(page, "cooperative_user", "owner@e2e-slips.coop")
      await page.goto(`${consoleApp.url}/coop/linkage`)
      await page.getByRole("button", { name: "新建协议" }).click()
      let dialog = page.getByRole("dialog")
      await dialog.getByLabel("类型").selectOption("wage")
      await dialog.getByLabel("日工资（元）").fill("120")
      await dialog.getByLabel("生效日期").fill("2026-01-01")
      await dialog.getByRole("button", { name: "保存协议" }).click()
      await dialog.waitFor({ state: "detached" })
      await page
        .getByRole("row")
        .filter({ hasText: "日工资 ¥120.00" })
        .waitFor()

      await page.getByRole("button", { name: "记录付款" }).click()
      dialog = page.getByRole("dialog")
      await dialog.getByLabel("金额（元）").fill("360")
      await dialog.getByLabel("付款日期").fill("2026-06-30")
      await dialog.getByLabel("付款方式").selectOption("wechat_pay")
      await dialog.getByLabel("凭证号").fill("WX-E2E-0630")
      // The transfer's screenshot, kept with the payment.
      const transfer = Buffer.from("%PDF-1.4\n% 微信转账 0630\n%%EOF\n")
      await dialog.getByLabel("付款凭证文件（可选）").setInputFiles({
        name: "微信转账0630.pdf",
        mimeType: "application/pdf",
        buffer: transfer,
      })
      await dialog.getByRole("button", { name: "保存付款" }).click()
      await dialog.waitFor({ state: "detached" })
      const row = page.getByRole("row").filter({ hasText: "WX-E2E-0630" })
      await row.waitFor()
      const [kept] = await Promise.all([
        page.waitForEvent("download"),
        row.getByRole("button", { name: "查看" }).click(),
      ])
      expect(kept.suggestedFilename()).toBe("微信转账0630.pdf")
      expect(
        Buffer.compare(fs.readFileSync((await kept.path())!), transfer)
      ).toBe(0)
      // The agreement's signed copy, attached from its row.
      await page.getByLabel(/^为协议 .+ 上传签字件$/).setInputFiles({
        name: "用工协议（签字）.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n% 用工协议\n%%EOF\n"),
      })
      await page
        .getByRole("row")
        .filter({ hasText: "日工资 ¥120.00" })
        .getByText("更换签字件")
        .waitFor()
      await screenshot(page, SUITE, "20-coop-linkage")

      await row.getByRole("button", { name: "打印收款单" }).click()
      const slip = page.getByTestId("slip")
      await slip.waitFor()
      expect(await slip.innerText()).toContain("¥360.00")
      await screenshot(page, SUITE, "21-payout-slip")
      // Printed, the slip stands alone on the page.
      await page.emulateMedia({ media: "print" })
      await screenshot(page, SUITE, "22-payout-slip-printed")
      expect(
        await page.getByRole("heading", { name: "利益联结" }).isVisible()
      ).toBe(false)
      expect(await slip.getByText("¥360.00").isVisible()).toBe(true)
      await page.emulateMedia({ media: "screen" })
      // The printed QR code, read back from the rendered page.
      const png = PNG.sync.read(
        await slip.getByRole("img", { name: "收款确认二维码" }).screenshot()
      )
      const decoded = jsQR(
        new Uint8ClampedArray(png.data),
        png.width,
        png.height
      )
      expect(decoded?.data).toMatch(/\/p\/[A-Za-z0-9_-]{20,64}$/)
      const token = decoded!.data.split("/p/")[1]
      const answered = await request()
        .post(`/store/payout-slips/${token}`)
        .set({ "x-publishable-api-key": base.publishableKey })
        .send({ outcome: "confirmed" })
      expect(answered.status).toBe(201)
      expect(answered.body.slip).toMatchObject({
        amount: 36000,
        kind: "wage",
        answer: { outcome: "confirmed" },
      })

      // A payments file saved by a Chinese spreadsheet: GBK, Chinese headers.
      const [agreementId] = (
        await sql<{ id: string }>(
          "select id from linkage_agreement where household_id = ?",
          [member.body.household.id]
        )
      ).map((r) => r.id)
      await slip.getByRole("button", { name: "关闭" }).click()
      await slip.waitFor({ state: "detached" })
      await page.getByRole("button", { name: "上传付款 CSV" }).click()
      const upload = page.getByRole("dialog")
      // The template names the agreements in force, ids filled in.
      const [template] = await Promise.all([
        page.waitForEvent("download"),
        upload
          .getByRole("button", { name: "下载模板（含在用协议编号）" })
          .click(),
      ])
      const templateText = fs.readFileSync((await template.path())!, "utf8")
      // The cooperative's own member, by name (masked for everyone else).
      expect(templateText).toContain(`${agreementId},吉克石布 · 5134310101E2S1`)
      await upload.getByLabel("付款 CSV 文件").setInputFiles({
        name: "payments.csv",
        mimeType: "text/csv",
        buffer: iconv.encode(
          `协议编号,金额（元）,付款日期,付款方式,凭证号\r\n${agreementId},120.00,2026-07-31,现金,现金收据-0731\r\n`,
          "gbk"
        ),
      })
      await upload.getByRole("button", { name: "上传" }).click()
      await upload.getByTestId("upload-result").waitFor()
      expect(await upload.getByTestId("upload-result").innerText()).toContain(
        "已写入 1 笔"
      )
      await screenshot(page, SUITE, "23-payout-upload")
      const [stored] = await sql<{ reference: string; amount: number }>(
        "select reference, amount from linkage_payout where agreement_id = ? and paid_on::date = '2026-07-31'",
        [agreementId]
      )
      expect(stored).toEqual({ reference: "现金收据-0731", amount: 12000 })
      await upload.getByRole("button", { name: "关闭" }).click()
      await upload.waitFor({ state: "detached" })

      // Both payments on one A4 sheet of slips, each QR code its own link.
      for (const reference of ["WX-E2E-0630", "现金收据-0731"]) {
        await page
          .getByRole("checkbox", {
            name: `将凭证号 ${reference} 的收款单加入整页`,
          })
          .check()
      }
      await page.getByRole("button", { name: "整页打印 2 张收款单" }).click()
      // The household answered the first already: it gets no new slip,
      // and the sheet says so.
      const sheetSlips = page.getByTestId("sheet-slip")
      await sheetSlips.first().waitFor()
      expect(await sheetSlips.count()).toBe(1)
      expect(await page.getByRole("status").innerText()).toContain(
        "WX-E2E-0630"
      )
      await page.emulateMedia({ media: "print" })
      await screenshot(page, SUITE, "24-slip-sheet-printed")
      await page.emulateMedia({ media: "screen" })
      const cash = sheetSlips.filter({ hasText: "现金收据-0731" })
      expect(await cash.innerText()).toContain("¥120.00")
      const sheetPng = PNG.sync.read(
        await cash.getByRole("img", { name: "收款确认二维码" }).screenshot()
      )
      const sheetCode = jsQR(
        new Uint8ClampedArray(sheetPng.data),
        sheetPng.width,
        sheetPng.height
      )
      expect(sheetCode?.data).toMatch(/\/p\/[A-Za-z0-9_-]{20,64}$/)
      const disputed = await request()
        .post(`/store/payout-slips/${sheetCode!.data.split("/p/")[1]}`)
        .set({ "x-publishable-api-key": base.publishableKey })
        .send({ outcome: "wrong_amount" })
      expect(disputed.body.slip).toMatchObject({ amount: 12000 })

      // The member's statement for 2026: what was paid, confirmed and
      // disputed, as the household answered.
      await page.goto(`${consoleApp.url}/coop/linkage`)
      await page
        .getByRole("link", { name: /吉克石布/ })
        .first()
        .click()
      await page.getByTestId("statement-household").waitFor()
      await page.getByRole("combobox", { name: "年度" }).selectOption("2026")
      const figure = (label: string) =>
        page.locator(`[data-figure="statement.totals.${label}"]`).innerText()
      await page.waitForFunction(() =>
        document.body.innerText.includes("有争议：金额不符")
      )
      expect(await figure("paid")).toBe("¥480.00")
      expect(await figure("confirmed")).toBe("¥360.00")
      expect(await figure("disputed")).toBe("¥120.00")
      expect(await figure("unconfirmed")).toBe("¥0.00")
      // Printed for the member it names: its name in full, its ID masked.
      expect(
        await page.getByTestId("statement-household").innerText()
      ).toContain("吉克石布")
      await page.emulateMedia({ media: "print" })
      await screenshot(page, SUITE, "25-member-statement-printed")
      await page.context().close()
    }
  )
  browserIt(
    "lets a reviewer import the county's registry with progress, list exactly the rows that are wrong, and import it again to no effect",
    async () => {
      const sample = path.resolve(
        __dirname,
        "../../../docs/samples/registry-zhaojue.csv"
      )
      const page = await newPage()
      await signIn(page, "bureau_user", "reviewer@zhaojue.gov")
      // Coverage before: households not lifted in the jurisdiction.
      const notLifted = async () => {
        await page.goto(`${consoleApp.url}/bureau/coverage`)
        const summary = page
          .getByTestId("coverage")
          .getByText(/未脱贫户 \d+ 户/)
        await summary.waitFor()
        return Number(/未脱贫户 (\d+) 户/.exec(await summary.innerText())![1])
      }
      const before = await notLifted()
      await page.goto(`${consoleApp.url}/bureau/registry`)
      await page.getByRole("heading", { name: "导入名单" }).waitFor()
      const importOnce = async () => {
        await page.getByLabel("名单文件（XLSX 或 CSV）").setInputFiles(sample)
        await page.getByRole("button", { name: "开始导入" }).click()
        const progress = page.getByTestId("registry-progress")
        await progress.getByText(/导入完成/).waitFor({ timeout: 60_000 })
        return progress.innerText()
      }
      const first = await importOnce()
      expect(first).toContain(
        `已读取 ${REGISTRY_SAMPLE_ROWS} / ${REGISTRY_SAMPLE_ROWS} 行`
      )
      expect(first).toContain(
        `新增 ${REGISTRY_SAMPLE_ROWS - REGISTRY_SAMPLE_MISTAKES.length} 户`
      )
      expect(first).toContain(`出错 ${REGISTRY_SAMPLE_MISTAKES.length} 行`)
      // The refused rows, exactly the sample's mistakes, without values.
      const errors = page.getByTestId("registry-errors")
      await errors
        .getByRole("row")
        .nth(REGISTRY_SAMPLE_MISTAKES.length)
        .waitFor()
      const listed = (await errors.getByRole("row").allInnerTexts()).slice(1)
      expect(listed.map((text) => Number(text.split(/\s/)[0]))).toEqual(
        REGISTRY_SAMPLE_MISTAKES.map((m) => m.row)
      )
      expect(await errors.innerText()).not.toMatch(/\d{17}[\dX]/)
      // The reasons in the reviewer's language.
      expect(await errors.innerText()).toContain("重复出现（首次在第 2 行）")
      expect(await errors.innerText()).toContain("校验位不符")
      await screenshot(page, SUITE, "26-registry-import")
      const [report] = await Promise.all([
        page.waitForEvent("download"),
        errors.getByRole("button", { name: "下载错误报告（CSV）" }).click(),
      ])
      const csv = fs.readFileSync((await report.path())!, "utf8")
      expect(csv.trim().split("\n")).toHaveLength(
        REGISTRY_SAMPLE_MISTAKES.length + 1
      )
      // Coverage moves by the sample's households not lifted, and the
      // unbound list shows them by village.
      const sampleRows = parseCsv(fs.readFileSync(sample, "utf8"), {
        bom: true,
        relax_column_count: true,
      }) as string[][]
      const mistakes = new Set<number>(
        REGISTRY_SAMPLE_MISTAKES.map((m) => m.row)
      )
      const sampleNotLifted = sampleRows
        .slice(1)
        .filter((row, i) => !mistakes.has(i + 2) && row[11] !== "已脱贫").length
      expect(await notLifted()).toBe(before + sampleNotLifted)
      await page
        .getByRole("table", { name: "尚未被合作社带动的户" })
        .getByText(/^51343103R/)
        .first()
        .waitFor()
      expect(await page.content()).not.toMatch(/\d{17}[\dX]/)
      await screenshot(page, SUITE, "27-coverage")
      // The reviewer assigns the first unbound household to a cooperative
      // of the county, which accepts it on its households page.
      const assignee = await registerCooperative(request, {
        email: "owner@e2e-assign.coop",
        name: "昭觉县分配测试合作社",
        handle: "e2e-assign",
        county_code: ZHAOJUE.code,
        serial: "MA6AGN001",
      })
      await approveCooperative(request, zhaojueReviewer, assignee)
      const unboundTable = page.getByRole("table", {
        name: "尚未被合作社带动的户",
      })
      const firstUnbound = unboundTable.getByRole("row").nth(1)
      const assignedNumber = /51343103R\d+/.exec(
        await firstUnbound.innerText()
      )![0]
      await firstUnbound.getByRole("button", { name: "分配给合作社" }).click()
      const assign = page.getByRole("dialog")
      await assign
        .getByLabel("合作社")
        .selectOption({ label: "昭觉县分配测试合作社" })
      await assign.getByRole("button", { name: "发出邀请" }).click()
      await page
        .getByRole("status")
        .getByText(`已把 ${assignedNumber} 推荐给 昭觉县分配测试合作社`)
        .waitFor()
      const coop = await newPage()
      await signIn(coop, "cooperative_user", "owner@e2e-assign.coop")
      await coop.goto(`${consoleApp.url}/coop/households`)
      const proposals = coop.getByText("商务局推荐的农户")
      await proposals.waitFor()
      await screenshot(coop, SUITE, "27-coop-proposal")
      await coop.getByRole("button", { name: "接受" }).click()
      await proposals.waitFor({ state: "detached" })
      await coop.getByRole("link", { name: assignedNumber }).waitFor()
      await coop.context().close()
      await page.goto(`${consoleApp.url}/bureau/registry`)
      // The same file again changes nothing.
      const second = await importOnce()
      expect(second).toContain("新增 0 户，更新 0 户")
      expect(second).toContain(
        `未变 ${REGISTRY_SAMPLE_ROWS - REGISTRY_SAMPLE_MISTAKES.length} 户`
      )
      const history = page.getByRole("table", { name: "导入记录" })
      await history.getByRole("row").nth(2).waitFor()
      // A later file of only the first ten households: the others are
      // listed for the reviewer, who confirms one removed.
      const lines = fs.readFileSync(sample, "utf8").split("\r\n")
      await page.getByLabel("名单文件（XLSX 或 CSV）").setInputFiles({
        name: "registry-first-ten.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(lines.slice(0, 11).join("\r\n") + "\r\n"),
      })
      await page.getByRole("button", { name: "开始导入" }).click()
      await page
        .getByTestId("registry-progress")
        .getByText(/导入完成/)
        .waitFor()
      const missing = page.getByRole("table", { name: "名单中不再出现的户" })
      await missing.getByRole("row").nth(1).waitFor()
      const firstMissing = missing.getByRole("row").nth(1)
      const registryNumber = (await firstMissing.innerText()).split(/\s/)[0]
      await firstMissing.getByRole("button", { name: "已移出名单" }).click()
      const dialog = page.getByRole("dialog")
      await dialog.getByLabel("理由").fill("已迁出本县")
      await dialog.getByRole("button", { name: "已移出名单" }).click()
      await dialog.waitFor({ state: "detached" })
      await missing.getByText(registryNumber).waitFor({ state: "detached" })
      const [removed] = await sql<{ verification: string }>(
        "select verification from household where registry_number = ?",
        [registryNumber]
      )
      expect(removed.verification).toBe("rejected")
      await screenshot(page, SUITE, "28-registry-missing")
      await page.context().close()
    }
  )

  browserIt(
    "reveals a household's identity for a stated purpose, and the audit log, filtered by picking, names who looked and why",
    async () => {
      const coop = await registerCooperative(request, {
        email: "owner@reveal-e2e.coop",
        name: "昭觉县核对合作社",
        handle: "reveal-e2e",
        county_code: ZHAOJUE.code,
        serial: "MA6RW0002",
      })
      await approveCooperative(request, zhaojueReviewer, coop)
      const person = {
        registry_number: "5134310101RV1",
        county_code: ZHAOJUE.code,
        township: "竹核乡",
        village: "大温泉村",
        head_name: "吉克阿依",
        id_number: syntheticIdNumber(ZHAOJUE.code, "19790606", "318"),
        phone: "13900139318",
        member_count: 4,
      }
      const created = await request()
        .post("/vendor/households")
        .set(coop.headers)
        .send(person)
      expect(created.status).toBe(201)
      const householdId = created.body.household.id as string

      // The reviewer sees the household masked, and asks for its identity.
      const page = await newPage()
      await signIn(page, "bureau_user", "reviewer@zhaojue.gov")
      await page.goto(`${consoleApp.url}/bureau/households/${householdId}`)
      await page.getByRole("heading", { name: "核对身份信息" }).waitFor()
      expect(await page.content()).not.toContain(person.id_number)
      await page.getByRole("button", { name: "查看完整身份信息" }).click()
      const dialog = page.getByRole("dialog")
      await dialog.getByRole("button", { name: "确认查看" }).click()
      await dialog.getByText("请选择查看目的").waitFor()
      await dialog.getByLabel("查看目的").selectOption("registry_check")
      await dialog.getByLabel("补充说明（选填）").fill("年度复核")
      await dialog.getByRole("button", { name: "确认查看" }).click()
      const shown = page.getByRole("status").filter({ hasText: "已记录查看" })
      await shown.getByText(person.id_number).waitFor()
      await shown.getByText(person.phone).waitFor()
      await shown.getByText(person.head_name).waitFor()
      await screenshot(page, SUITE, "29-identity-revealed")
      await page.getByRole("button", { name: "隐藏" }).click()
      await shown.waitFor({ state: "detached" })
      expect(await page.content()).not.toContain(person.id_number)

      // The audit log: the reviewer and the action picked from lists, the
      // entry in words, linked to the household, with no identity in it.
      await page.goto(`${consoleApp.url}/bureau/audit-log`)
      await page
        .getByLabel("操作人")
        .selectOption({ label: "昭觉县商务局审核员（商务局审核员）" })
      await page
        .getByLabel("操作", { exact: true })
        .selectOption({ label: "查看了完整身份信息" })
      await page.getByRole("button", { name: "筛选" }).click()
      await page.waitForURL(/actor_id=buruser_.*action=household/)
      // The approval (the same reviewer, another action) leaves the list.
      await page
        .getByRole("row")
        .filter({ hasText: "合作社审核通过" })
        .waitFor({ state: "detached" })
      const rows = page
        .getByRole("row")
        .filter({ hasText: "查看了完整身份信息" })
      expect(await rows.count()).toBe(1)
      await rows.getByRole("link", { name: person.registry_number }).waitFor()
      await rows.getByRole("button", { name: "3 项变更" }).click()
      const changes = page.getByRole("dialog")
      await changes.getByText("与国家防返贫监测系统核对").waitFor()
      await changes.getByText("户主姓名、身份证号、联系电话").waitFor()
      await changes.getByText("年度复核").waitFor()
      await screenshot(page, SUITE, "30-audit-log-reveal")
      expect(await page.content()).not.toContain(person.id_number)
      await changes.getByRole("button", { name: "关闭" }).click()
      // On a phone the log's rows are cards: every column within the
      // screen, each value under its header's name.
      await page.setViewportSize({ width: 390, height: 844 })
      const cell = rows.getByRole("cell").first()
      expect(
        await cell.evaluate((td) => getComputedStyle(td, "::before").content)
      ).toBe('"时间"')
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth)
      ).toBeLessThanOrEqual(390)
      await screenshot(page, SUITE, "30b-audit-log-phone")
      await page.setViewportSize({ width: 1280, height: 900 })
      await rows.getByRole("link", { name: person.registry_number }).click()
      await page.waitForURL(new RegExp(`/bureau/households/${householdId}$`))

      // The cooperative that registered the household has no such door.
      const staff = await newPage()
      await signIn(staff, "cooperative_user", "owner@reveal-e2e.coop")
      await staff.goto(`${consoleApp.url}/coop/households/${householdId}`)
      await staff.getByText(person.registry_number).first().waitFor()
      expect(
        await staff.getByRole("button", { name: "查看完整身份信息" }).count()
      ).toBe(0)
      expect(await staff.content()).not.toContain(person.id_number)
      await page.context().close()
      await staff.context().close()
    }
  )

  browserIt(
    "prints the county summary and the household list for paper, naming the jurisdiction, period, time and reviewer, and the PDF says so",
    async () => {
      const coop = await registerCooperative(request, {
        email: "owner@print-e2e.coop",
        name: "昭觉县打印合作社",
        handle: "print-e2e",
        county_code: ZHAOJUE.code,
        serial: "MA6RW0003",
      })
      await approveCooperative(request, zhaojueReviewer, coop)
      const households: { id: string; registry: string; head: string }[] = []
      for (const i of [1, 2]) {
        const person = {
          registry_number: `5134310101PR${i}`,
          county_code: ZHAOJUE.code,
          township: "竹核乡",
          village: "大温泉村",
          head_name: `沙马阿${i}`,
          id_number: syntheticIdNumber(ZHAOJUE.code, "19810101", `41${i}`),
          member_count: 3,
        }
        const created = await request()
          .post("/vendor/households")
          .set(coop.headers)
          .send(person)
        expect(created.status).toBe(201)
        const verified = await request()
          .post(`/bureau/households/${created.body.household.id}/verify`)
          .set(zhaojueReviewer.headers)
          .send({ decision: "verified" })
        expect(verified.status).toBe(200)
        households.push({
          id: created.body.household.id,
          registry: person.registry_number,
          head: person.head_name,
        })
      }
      const tea = await createProduct(
        request,
        coop,
        buckwheatTea("e2e-print-tea")
      )
      const variant = tea.variants[0].id
      await addBatch(
        request,
        coop,
        variant,
        20,
        households.map((h) => ({ household_id: h.id, quantity: 10 }))
      )
      const { order } = await checkout(request, {
        publishableKey: base.publishableKey,
        items: [{ variant_id: variant, quantity: 2 }],
      })
      await captureOrderPayment(request, admin, order.id)
      const year = new Intl.DateTimeFormat("en", {
        year: "numeric",
        timeZone: "Asia/Shanghai",
      }).format(new Date())
      const range = `grain=year&from=${year}-01-01&to=${year}-12-31`
      let county: { net: number } = { net: 0 }
      await eventually(async () => {
        const report = await request()
          .get(`/bureau/reports/attribution?group_by=county&${range}`)
          .set(zhaojueReviewer.headers)
        county = report.body.attribution[0]
        expect(county.net).toBeGreaterThan(0)
      })
      const yuan = (fen: number) =>
        `¥${(fen / 100).toLocaleString("en", { minimumFractionDigits: 2 })}`

      // From the attribution page, "打印" opens the sheet in a tab of its own.
      const page = await newPage()
      await signIn(page, "bureau_user", "reviewer@zhaojue.gov")
      await page.goto(`${consoleApp.url}/bureau/attribution?year=${year}`)
      const [sheet] = await Promise.all([
        page.context().waitForEvent("page"),
        page.getByRole("link", { name: "打印" }).click(),
      ])
      await sheet.waitForURL(/\/bureau\/print\/county-summary\?year=/)
      const row = sheet.getByRole("row").filter({ hasText: "513431" })
      await row.waitFor()
      expect(await row.innerText()).toContain(yuan(county.net))
      const header = await sheet.locator("header").innerText()
      for (const fact of [
        "各县销售收益归属汇总",
        "辖区",
        "昭觉县 (513431)",
        `${year} 年`,
        "打印人",
        "昭觉县商务局审核员",
        "打印时间",
      ]) {
        expect(header).toContain(fact)
      }
      await sheet.emulateMedia({ media: "print" })
      await screenshot(sheet, SUITE, "31-print-county-summary")
      expect(
        await sheet.getByRole("button", { name: "打印" }).isVisible()
      ).toBe(false)
      // The PDF's text, as chromium --print-to-pdf writes it: fonts map
      // some characters to Kangxi radicals (⼾ for 户), which NFKC folds back
      // (to the traditional 戶 in that one case).
      const { extractText } = await import("unpdf")
      const pdfText = async () =>
        (
          await extractText(
            new Uint8Array(await sheet.pdf({ preferCSSPageSize: true })),
            { mergePages: true }
          )
        ).text
          .normalize("NFKC")
          .replace(/戶/g, "户")
          .replace(/\s+/g, "")
      const flat = await pdfText()
      for (const fact of [
        "各县销售收益归属汇总",
        "昭觉县(513431)",
        "昭觉县商务局审核员",
        `${year}年`,
        yuan(county.net),
      ]) {
        expect(flat).toContain(fact.replace(/\s+/g, ""))
      }

      // The household list: registry numbers, heads masked, no identity.
      await sheet.goto(
        `${consoleApp.url}/bureau/print/households?year=${year}&county_code=${ZHAOJUE.code}`
      )
      for (const household of households) {
        await sheet.getByRole("cell", { name: household.registry }).waitFor()
      }
      const list = await pdfText()
      expect(list).toContain("农户归属收益名单")
      for (const household of households) {
        expect(list).toContain(household.registry)
        expect(list).not.toContain(household.head)
      }
      expect(list).not.toMatch(/\d{17}[\dX]/)
      await page.context().close()
    }
  )
  browserIt(
    "says so when the right password is used with the wrong role, and resets a forgotten password by the e-mailed link",
    async () => {
      const page = await newPage()
      await page.goto(`${consoleApp.url}/login`)
      await page.getByText("合作社人员").click()
      await page.getByLabel("邮箱").fill("reviewer@zhaojue.gov")
      await page.getByLabel("密码").fill(TEST_PASSWORD)
      await page.getByRole("button", { name: "登录" }).click()
      await page.getByText("该账号不是合作社人员账号").waitFor()
      expect(page.url()).toMatch(/\/login$/)
      await screenshot(page, SUITE, "40-wrong-role")

      await page.getByText("商务局审核人员", { exact: true }).click()
      await page.getByRole("link", { name: "忘记密码？" }).click()
      await page.getByRole("heading", { name: "忘记密码" }).waitFor()
      await page.getByLabel("邮箱").fill("reviewer@zhaojue.gov")
      await page.getByRole("button", { name: "发送重设链接" }).click()
      await page.getByTestId("reset-sent").waitFor()
      const mail = await eventually(async () => {
        const [row] = await sql<{ data: { reset_url: string } }>(
          `select data from notification
            where "to" = ? and template = 'password-reset'`,
          ["reviewer@zhaojue.gov"]
        )
        expect(row?.data.reset_url).toContain("actor=bureau_user")
        return row
      })
      const link = new URL(mail.data.reset_url)
      await page.goto(`${consoleApp.url}${link.pathname}${link.search}`)
      await page.getByLabel("新密码").fill("another long password")
      await page.getByRole("button", { name: "保存新密码" }).click()
      await page.getByTestId("reset-done").waitFor()
      await screenshot(page, SUITE, "41-password-reset")
      await page.getByRole("link", { name: "登录" }).click()
      await page.getByLabel("邮箱").fill("reviewer@zhaojue.gov")
      await page.getByLabel("密码").fill("another long password")
      await page.getByRole("button", { name: "登录" }).click()
      await page.waitForURL(/\/bureau$/)
      await page.context().close()
    }
  )
})
