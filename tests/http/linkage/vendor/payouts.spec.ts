// Hundreds of slip answers from one address, some refused on purpose: the
// slip throttle (tested in the leak scan) is raised for this file.
process.env.PAYOUT_SLIP_RATE_LIMIT = "100000"
// Low enough to reach in a test: uploads per cooperative and hour.
process.env.LINKAGE_DOCUMENT_UPLOADS_PER_HOUR = "30"

import { seedBaseStore } from "../../../../seed/src/base-store"
import { type Actor, operator } from "../../../helpers/actors"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import { addHousehold } from "../../../helpers/provenance"
import { runLinkageTraffic } from "../../../helpers/linkage-traffic"
import { services } from "../../../helpers/services"
import {
  type CooperativeTenant,
  createCounties,
  registerApprovedCooperative,
  registerCooperative,
} from "../../../helpers/tenants"
import { sqlOn } from "../../../reliability/traced-checkout"

jest.setTimeout(180 * 1000)

// Benefit linkage through HTTP: what a cooperative promised its member
// households (agreements) and the money it paid them (the payout ledger).
describeHttp(
  "benefit linkage: agreements and payouts",
  ({ request, getContainer }) => {
    let zhaojue: CooperativeTenant
    let cangxi: CooperativeTenant
    let pending: CooperativeTenant
    let reviewer: Actor
    let admin: Actor
    let cangxiReviewer: Actor
    let store: Record<string, string>
    let member: string
    let otherMember: string
    let cangxiMember: string

    const post = (tenant: Actor, path: string, body: object) =>
      request().post(path).set(tenant.headers).send(body)
    const get = (tenant: Actor, path: string) =>
      request().get(path).set(tenant.headers)
    const sql = sqlOn(getContainer)

    const purchase = (household_id: string) => ({
      kind: "purchase",
      household_id,
      starts_on: "2026-01-01",
      floor_price: 800,
      unit: "kg",
    })

    beforeAll(async () => {
      const base = await seedBaseStore(getContainer())
      store = { "x-publishable-api-key": base.publishableKey }
      admin = await operator(getContainer(), request)
      await createCounties(request, admin, [ZHAOJUE, CANGXI])
      ;({ coop: zhaojue, bureau: reviewer } = await registerApprovedCooperative(
        request,
        admin,
        {
          email: "owner@linkage-zj.coop",
          name: "昭觉县苦荞合作社",
          handle: "linkage-zj",
          county_code: "513431",
          serial: "MA6LNK001",
        },
        { email: "zj@bureau.gov", name: "凉山州", jurisdiction_code: "5134" }
      ))
      ;({ coop: cangxi, bureau: cangxiReviewer } =
        await registerApprovedCooperative(
          request,
          admin,
          {
            email: "owner@linkage-cx.coop",
            name: "苍溪县猕猴桃合作社",
            handle: "linkage-cx",
            county_code: "510824",
            serial: "MA6LNK002",
          },
          {
            email: "cx@bureau.gov",
            name: "苍溪县",
            jurisdiction_code: "510824",
          }
        ))
      pending = await registerCooperative(request, {
        email: "owner@linkage-pd.coop",
        name: "待审合作社",
        handle: "linkage-pd",
        county_code: "513431",
        serial: "MA6LNK003",
      })
      member = await addHousehold(request, zhaojue, "513431", 1)
      otherMember = await addHousehold(request, zhaojue, "513431", 2)
      cangxiMember = await addHousehold(request, cangxi, "510824", 3)
    })

    it("keeps one agreement of a kind in force per member, ends it with a reason and audits both", async () => {
      const created = await post(
        zhaojue,
        "/vendor/agreements",
        purchase(member)
      )
      expect(created.status).toBe(201)
      expect(created.body.agreement).toMatchObject({
        kind: "purchase",
        household_id: member,
        floor_price: 800,
        unit: "kg",
        ends_on: null,
        daily_wage: null,
      })
      const again = await post(zhaojue, "/vendor/agreements", purchase(member))
      expect(again.status).toBe(409)
      // Another kind for the same household is its own agreement.
      const wage = await post(zhaojue, "/vendor/agreements", {
        kind: "wage",
        household_id: member,
        starts_on: "2026-03-01",
        daily_wage: 12000,
      })
      expect(wage.status).toBe(201)

      const id = created.body.agreement.id as string
      const early = await post(zhaojue, `/vendor/agreements/${id}/end`, {
        ends_on: "2025-12-31",
        reason: "合同到期",
      })
      expect(early.status).toBe(400)
      expect(early.body.message).toContain("ends_on")
      const ended = await post(zhaojue, `/vendor/agreements/${id}/end`, {
        ends_on: "2026-12-31",
        reason: "合同到期",
      })
      expect(ended.status).toBe(200)
      expect(ended.body.agreement.end_reason).toBe("合同到期")
      expect(
        (
          await post(zhaojue, `/vendor/agreements/${id}/end`, {
            ends_on: "2026-12-31",
            reason: "合同到期",
          })
        ).status
      ).toBe(409)
      // Ended, never deleted: a new one may start, the old one stays listed.
      const renewed = await post(zhaojue, "/vendor/agreements", {
        ...purchase(member),
        starts_on: "2027-01-01",
        floor_price: 850,
      })
      expect(renewed.status).toBe(201)
      const listed = await get(
        zhaojue,
        `/vendor/agreements?household_id=${member}&kind=purchase`
      )
      expect(listed.body.count).toBe(2)
      const inForce = await get(
        zhaojue,
        `/vendor/agreements?household_id=${member}&in_force=true`
      )
      expect(
        inForce.body.agreements.map((a: { id: string }) => a.id).sort()
      ).toEqual([renewed.body.agreement.id, wage.body.agreement.id].sort())

      const audit = await get(reviewer, "/bureau/audit-log?limit=100")
      const actions = (
        audit.body.audit_entries as { resource_id: string; action: string }[]
      )
        .filter((e: { resource_id: string }) => e.resource_id === id)
        .map((e: { action: string }) => e.action)
        .sort()
      expect(actions).toEqual([
        "linkage_agreement.created",
        "linkage_agreement.ended",
      ])
    })

    it("refuses terms that do not fit the kind, naming the field", async () => {
      const cases: [object, string][] = [
        [{ ...purchase(otherMember), daily_wage: 100 }, "daily_wage"],
        [{ ...purchase(otherMember), floor_price: 8.5 }, "floor_price"],
        [{ ...purchase(otherMember), floor_price: 0 }, "floor_price"],
        [{ ...purchase(otherMember), kind: "gift" }, "kind"],
        [{ ...purchase(otherMember), unit: "box" }, "unit"],
        [{ ...purchase(otherMember), starts_on: "2026-02-30" }, "starts_on"],
        [
          {
            kind: "dividend",
            household_id: otherMember,
            starts_on: "2026-01-01",
            surplus_share_bp: 500,
            per_share_amount: 100,
            shares: 3,
          },
          "surplus_share_bp",
        ],
        [
          {
            kind: "dividend",
            household_id: otherMember,
            starts_on: "2026-01-01",
            per_share_amount: 100,
          },
          "shares",
        ],
        [
          {
            kind: "land_rent",
            household_id: otherMember,
            starts_on: "2026-01-01",
            rent_per_mu: 60000,
          },
          "area_centi_mu",
        ],
      ]
      for (const [body, field] of cases) {
        const response = await post(zhaojue, "/vendor/agreements", body)
        expect([field, response.status]).toEqual([field, 400])
        expect(response.body.message).toContain(field)
      }
      const dividend = await post(zhaojue, "/vendor/agreements", {
        kind: "dividend",
        household_id: otherMember,
        starts_on: "2026-01-01",
        per_share_amount: 2500,
        shares: 4,
      })
      expect(dividend.status).toBe(201)
      expect(dividend.body.agreement).toMatchObject({
        per_share_amount: 2500,
        shares: 4,
        surplus_share_bp: null,
      })
      const rent = await post(zhaojue, "/vendor/agreements", {
        kind: "land_rent",
        household_id: otherMember,
        starts_on: "2026-01-01",
        rent_per_mu: 60000,
        area_centi_mu: 150,
      })
      expect(rent.status).toBe(201)
    })

    it("records a payment once per reference, reverses it once, and never edits the ledger", async () => {
      const agreement = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "wage",
          household_id: otherMember,
          starts_on: "2026-05-01",
          daily_wage: 10000,
        })
      ).body.agreement
      const payment = {
        agreement_id: agreement.id,
        amount: 30000,
        paid_on: "2026-06-30",
        method: "wechat_pay",
        reference: "WX2026063001",
      }
      const first = await post(zhaojue, "/vendor/payouts", payment)
      expect(first.status).toBe(201)
      expect(first.body.payout).toMatchObject({
        household_id: otherMember,
        kind: "wage",
        entry: "payment",
        amount: 30000,
        reverses_id: null,
      })
      const repeated = await post(zhaojue, "/vendor/payouts", payment)
      expect(repeated.status).toBe(200)
      expect(repeated.body.payout.id).toBe(first.body.payout.id)
      const clash = await post(zhaojue, "/vendor/payouts", {
        ...payment,
        amount: 30001,
      })
      expect(clash.status).toBe(409)
      const outside = await post(zhaojue, "/vendor/payouts", {
        ...payment,
        paid_on: "2026-04-30",
        reference: "WX-EARLY",
      })
      expect(outside.status).toBe(400)
      expect(outside.body.message).toContain("paid_on")

      const id = first.body.payout.id as string
      const reversal = await post(zhaojue, `/vendor/payouts/${id}/reverse`, {
        reference: "WX2026063001-R",
        reason: "重复转账已退回",
      })
      expect(reversal.status).toBe(201)
      expect(reversal.body.payout).toMatchObject({
        entry: "reversal",
        amount: 30000,
        reverses_id: id,
      })
      expect(
        (
          await post(zhaojue, `/vendor/payouts/${id}/reverse`, {
            reference: "WX2026063001-R",
            reason: "重复转账已退回",
          })
        ).status
      ).toBe(200)
      expect(
        (
          await post(zhaojue, `/vendor/payouts/${id}/reverse`, {
            reference: "ANOTHER-R",
            reason: "再次冲正",
          })
        ).status
      ).toBe(409)
      expect(
        (
          await post(
            zhaojue,
            `/vendor/payouts/${reversal.body.payout.id}/reverse`,
            { reference: "R-OF-R", reason: "冲正的冲正" }
          )
        ).status
      ).toBe(400)

      const ledger = await get(
        zhaojue,
        `/vendor/payouts?agreement_id=${agreement.id}`
      )
      expect(ledger.body.count).toBe(2)
      const net = ledger.body.payouts.reduce(
        (sum: number, p: { entry: string; amount: number }) =>
          sum + (p.entry === "payment" ? p.amount : -p.amount),
        0
      )
      expect(net).toBe(0)

      await expect(
        sql("update linkage_payout set amount = 1 where id = ?", [id])
      ).rejects.toThrow(/append-only/)
      await expect(
        sql("delete from linkage_payout where id = ?", [id])
      ).rejects.toThrow(/append-only/)
      const [row] = await sql<{ amount: number }>(
        "select amount from linkage_payout where id = ?",
        [id]
      )
      expect(row.amount).toBe(30000)
    })

    it("records one payout when the same one is sent twenty times at once", async () => {
      const agreement = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "dividend",
          household_id: member,
          starts_on: "2026-01-01",
          surplus_share_bp: 300,
        })
      ).body.agreement
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          post(zhaojue, "/vendor/payouts", {
            agreement_id: agreement.id,
            amount: 5000,
            paid_on: "2026-12-01",
            method: "bank_transfer",
            reference: "DIV-2026-001",
          })
        )
      )
      const statuses = responses.map((r) => r.status).sort()
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s !== 201 && s !== 200)).toEqual([])
      expect(new Set(responses.map((r) => r.body.payout.id)).size).toBe(1)
      const rows = await sql<{ n: number }>(
        "select count(*)::int as n from linkage_payout where reference = ?",
        ["DIV-2026-001"]
      )
      expect(rows[0].n).toBe(1)
    })

    it("owes each member contribution × the batch's purchase price, never below the floor, settled oldest first and re-opened by a reversal", async () => {
      const agreement = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "purchase",
          household_id: member,
          starts_on: "2026-01-01",
          floor_price: 800,
          unit: "kg",
        })
      ).body.agreement
      const product = await createProduct(
        request,
        zhaojue,
        buckwheatTea("linkage-tea")
      )
      const batch = (purchase_price?: number) =>
        post(zhaojue, "/vendor/batches", {
          variant_id: product.variants[0].id,
          harvested_at: "2026-09-20",
          village: "好谷村",
          quantity: 60,
          unit: "kg",
          ...(purchase_price ? { purchase_price } : {}),
          contributions: [
            { household_id: member, quantity: 30 },
            { household_id: otherMember, quantity: 20 },
            { supplier_name: "散户", quantity: 10 },
          ],
        })
      const unpriced = await batch()
      expect(unpriced.status).toBe(400)
      expect(unpriced.body.message).toContain("purchase_price")
      const below = await batch(750)
      expect(below.status).toBe(400)
      expect(below.body.message).toContain("800")
      const priced = await batch(900)
      expect(priced.status).toBe(201)
      expect(priced.body.batch.purchase_price).toBe(900)
      // The shop states the floor the cooperative guarantees its members.
      const provenance = await request()
        .get(`/store/products/${product.id}/provenance`)
        .set(store)
      expect(provenance.body.provenance.guaranteed_floor).toEqual({
        amount: 800,
        unit: "kg",
      })
      const batchId = priced.body.batch.id as string

      const owed = async (household: string) =>
        (
          await get(
            zhaojue,
            `/vendor/obligations?household_id=${household}&kind=purchase`
          )
        ).body.obligations as {
          id: string
          amount: number
          settled: number
          outstanding: number
          source_id: string
          agreement_id: string | null
        }[]
      const [mine] = await owed(member)
      expect(mine).toMatchObject({
        amount: 27000,
        settled: 0,
        outstanding: 27000,
        source_id: batchId,
        agreement_id: agreement.id,
      })
      // A member without an agreement is owed for its produce all the same.
      expect((await owed(otherMember))[0]).toMatchObject({
        amount: 18000,
        agreement_id: null,
      })

      const pay = (amount: number, reference: string) =>
        post(zhaojue, "/vendor/payouts", {
          agreement_id: agreement.id,
          amount,
          paid_on: "2026-09-25",
          method: "bank_transfer",
          reference,
        })
      const first = await pay(20000, "BUY-001")
      expect(first.status).toBe(201)
      expect(first.body.payout.settlements).toEqual([
        { obligation_id: mine.id, amount: 20000 },
      ])
      expect((await owed(member))[0]).toMatchObject({ outstanding: 7000 })
      // More than is owed settles what is owed; the rest is an advance.
      const second = await pay(10000, "BUY-002")
      expect(second.body.payout.settlements).toEqual([
        { obligation_id: mine.id, amount: 7000 },
      ])
      expect((await owed(member))[0]).toMatchObject({
        settled: 27000,
        outstanding: 0,
      })
      const open = await get(
        zhaojue,
        `/vendor/obligations?household_id=${member}&open=true`
      )
      expect(open.body.count).toBe(0)
      // Reversing the first payment re-opens what it settled.
      await post(zhaojue, `/vendor/payouts/${first.body.payout.id}/reverse`, {
        reference: "BUY-001-R",
        reason: "账户错误",
      })
      expect((await owed(member))[0]).toMatchObject({
        settled: 7000,
        outstanding: 20000,
      })

      // Ten payments at once never settle more than is owed.
      const racing = await Promise.all(
        Array.from({ length: 10 }, (_, i) => pay(5000, `RACE-${i}`))
      )
      expect(racing.map((r) => r.status)).toEqual(Array(10).fill(201))
      const settledByRace = racing.reduce(
        (sum, r) =>
          sum +
          (r.body.payout.settlements as { amount: number }[]).reduce(
            (s, x) => s + x.amount,
            0
          ),
        0
      )
      expect(settledByRace).toBe(20000)
      expect((await owed(member))[0]).toMatchObject({
        settled: 27000,
        outstanding: 0,
      })
      // The payout ledger's reconciliation finds it whole, and finds a
      // settlement written past the amount owed behind the module's back.
      const checked = await get(admin, "/admin/linkage/consistency")
      expect(checked.body).toMatchObject({
        consistent: true,
        over_settled_obligations: [],
        over_settling_payments: [],
        settlements_by_reversals: [],
      })
      await sql(
        "insert into linkage_settlement (id, payout_id, obligation_id, amount) values ('settle_forged', ?, ?, 1)",
        [racing[0].body.payout.id, mine.id]
      )
      const broken = await get(admin, "/admin/linkage/consistency")
      expect(broken.body.consistent).toBe(false)
      expect(broken.body.over_settled_obligations).toEqual([
        { id: mine.id, amount: 27000, settled: 27001 },
      ])
    })

    it("records what wage, dividend and rent agreements make owed for a period, once", async () => {
      const wage = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "wage",
          household_id: member,
          starts_on: "2026-01-01",
          daily_wage: 12000,
        })
      ).body.agreement
      const june = {
        agreement_id: wage.id,
        period: "2026-06",
        due_on: "2026-07-05",
        work_days: 22,
      }
      const recorded = await post(zhaojue, "/vendor/obligations", june)
      expect(recorded.status).toBe(201)
      expect(recorded.body.obligation).toMatchObject({
        household_id: member,
        kind: "wage",
        amount: 264000,
        source_type: "work",
      })
      expect((await post(zhaojue, "/vendor/obligations", june)).status).toBe(
        409
      )
      const missing = await post(zhaojue, "/vendor/obligations", {
        ...june,
        period: "2026-07",
        work_days: undefined,
      })
      expect(missing.status).toBe(400)
      expect(missing.body.message).toContain("work_days")
      const badPeriod = await post(zhaojue, "/vendor/obligations", {
        ...june,
        period: "2026-13",
      })
      expect(badPeriod.status).toBe(400)
      expect(badPeriod.body.message).toContain("period")
      const purchaseAgreement = (
        await post(zhaojue, "/vendor/agreements", purchase(otherMember))
      ).body.agreement
      const fromBatchesOnly = await post(zhaojue, "/vendor/obligations", {
        agreement_id: purchaseAgreement.id,
        period: "2026",
        due_on: "2026-12-31",
      })
      expect(fromBatchesOnly.status).toBe(400)
      expect(fromBatchesOnly.body.message).toContain("batches")
      const foreign = await post(cangxi, "/vendor/obligations", june)
      expect(foreign.status).toBe(404)
    })

    it("lets the household confirm or dispute a payout from its slip, once, and the reviewer resolve the dispute", async () => {
      const agreement = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "wage",
          household_id: member,
          starts_on: "2026-01-01",
          daily_wage: 12000,
        })
      ).body.agreement
      const pay = async (reference: string) =>
        (
          await post(zhaojue, "/vendor/payouts", {
            agreement_id: agreement.id,
            amount: 36000,
            paid_on: "2026-10-10",
            method: "cash",
            reference,
          })
        ).body.payout as { id: string }
      const tokenOf = (slip: { url: string }) => slip.url.split("/p/")[1]
      const payment = await pay("CASH-1001")
      const issued = await post(
        zhaojue,
        `/vendor/payouts/${payment.id}/slip`,
        {}
      )
      expect(issued.status).toBe(201)
      expect(issued.body.slip.qr_svg).toMatch(/^<svg/)
      const token = tokenOf(issued.body.slip)
      expect(token).toMatch(/^[A-Za-z0-9_-]{20,64}$/)
      // Only the hash is kept.
      expect(
        await sql(
          "select 1 from linkage_confirmation_token where token_hash = ?",
          [token]
        )
      ).toEqual([])

      const page = await request()
        .get(`/store/payout-slips/${token}`)
        .set(store)
      expect(page.status).toBe(200)
      expect(page.body.slip).toMatchObject({
        cooperative: "昭觉县苦荞合作社",
        amount: 36000,
        kind: "wage",
        answer: null,
        expired: false,
        withdrawn: false,
      })
      expect(page.body.slip.head_name).toContain("*")
      expect(JSON.stringify(page.body)).not.toContain("户主1")
      expect(JSON.stringify(page.body)).not.toContain(member)

      // Twenty answers at once: one is recorded, the others told so.
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          request()
            .post(`/store/payout-slips/${token}`)
            .set(store)
            .send({ outcome: "not_received", note: "没收到现金" })
        )
      )
      const statuses = answers.map((a) => a.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(19)
      expect(answers.find((a) => a.status === 409)?.body.message).toContain(
        "already been answered"
      )
      const responses = await sql<{ n: number }>(
        "select count(*)::int as n from linkage_payout_response where payout_id = ?",
        [payment.id]
      )
      expect(responses[0].n).toBe(1)
      expect(
        (await request().get(`/store/payout-slips/${token}`).set(store)).body
          .slip.answer
      ).toMatchObject({ outcome: "not_received", responder: "household" })

      // An answered payout gets no new slip; of two slips printed before it
      // was answered, the second cannot answer it again (nor dispute what
      // the first confirmed).
      expect(
        (await post(zhaojue, `/vendor/payouts/${payment.id}/slip`, {})).status
      ).toBe(409)
      const twice = await pay("CASH-1004")
      const [firstSlip, secondSlip] = [
        tokenOf(
          (await post(zhaojue, `/vendor/payouts/${twice.id}/slip`, {})).body
            .slip
        ),
        tokenOf(
          (await post(zhaojue, `/vendor/payouts/${twice.id}/slip`, {})).body
            .slip
        ),
      ]
      const confirmedOnFirst = await request()
        .post(`/store/payout-slips/${firstSlip}`)
        .set(store)
        .send({ outcome: "confirmed" })
      expect(confirmedOnFirst.status).toBe(201)
      const disputedOnSecond = await request()
        .post(`/store/payout-slips/${secondSlip}`)
        .set(store)
        .send({ outcome: "wrong_amount" })
      expect(disputedOnSecond.status).toBe(409)
      expect(disputedOnSecond.body.message).toContain("another slip")
      // Both slips of another payment answered at the same moment: one
      // answer is recorded.
      const raced = await pay("CASH-1005")
      const racedSlips = await Promise.all(
        [0, 1].map(
          async () =>
            tokenOf(
              (await post(zhaojue, `/vendor/payouts/${raced.id}/slip`, {})).body
                .slip
            ) as string
        )
      )
      const racedAnswers = await Promise.all(
        racedSlips.map((token) =>
          request()
            .post(`/store/payout-slips/${token}`)
            .set(store)
            .send({ outcome: "confirmed" })
        )
      )
      expect(racedAnswers.map((a) => a.status).sort()).toEqual([201, 409])
      expect(
        (
          await sql<{ n: number }>(
            "select count(*)::int as n from linkage_payout_response where payout_id = ?",
            [twice.id]
          )
        )[0].n
      ).toBe(1)

      // Forged, malformed and expired tokens change nothing and say so.
      const forged = await request()
        .post(`/store/payout-slips/${"A".repeat(32)}`)
        .set(store)
        .send({ outcome: "confirmed" })
      expect([forged.status, forged.body.message]).toEqual([
        404,
        "This slip is not valid",
      ])
      const malformed = await request()
        .get("/store/payout-slips/%27%20or%201%3D1")
        .set(store)
      expect(malformed.status).toBe(404)
      const second = await pay("CASH-1002")
      const secondToken = tokenOf(
        (await post(zhaojue, `/vendor/payouts/${second.id}/slip`, {})).body.slip
      )
      await sql(
        "update linkage_confirmation_token set expires_at = now() - interval '1 day' where payout_id = ?",
        [second.id]
      )
      const expired = await request()
        .post(`/store/payout-slips/${secondToken}`)
        .set(store)
        .send({ outcome: "confirmed" })
      expect(expired.status).toBe(400)
      expect(expired.body.message).toContain("expired")
      // A slip of a payout the cooperative reversed is withdrawn.
      const third = await pay("CASH-1003")
      const thirdToken = tokenOf(
        (await post(zhaojue, `/vendor/payouts/${third.id}/slip`, {})).body.slip
      )
      const reversal = await post(
        zhaojue,
        `/vendor/payouts/${third.id}/reverse`,
        {
          reference: "CASH-1003-R",
          reason: "重复记录",
        }
      )
      const withdrawn = await request()
        .post(`/store/payout-slips/${thirdToken}`)
        .set(store)
        .send({ outcome: "confirmed" })
      expect(withdrawn.status).toBe(409)
      expect(
        (
          await post(
            zhaojue,
            `/vendor/payouts/${reversal.body.payout.id}/slip`,
            {}
          )
        ).status
      ).toBe(400)
      expect(
        (await post(cangxi, `/vendor/payouts/${payment.id}/slip`, {})).status
      ).toBe(404)

      // The dispute reaches the reviewer of the household's county only.
      const queue = await get(reviewer, "/bureau/payout-disputes?status=open")
      expect(queue.status).toBe(200)
      const [dispute] = queue.body.disputes
      expect(dispute).toMatchObject({
        outcome: "not_received",
        note: "没收到现金",
        payout: {
          id: payment.id,
          amount: 36000,
          agreement_id: agreement.id,
          evidence_document_id: null,
        },
        // The terms the payment was made under; a wage paid no batch.
        agreement: { id: agreement.id, kind: "wage", daily_wage: 12000 },
        batches: [],
        cooperative: { name: "昭觉县苦荞合作社" },
        resolution: null,
      })
      expect(dispute.household.head_name).toContain("*")
      const elsewhere = await get(cangxiReviewer, "/bureau/payout-disputes")
      expect(elsewhere.body.count).toBe(0)
      const foreignResolve = await post(
        cangxiReviewer,
        `/bureau/payout-disputes/${dispute.id}/resolve`,
        { resolution: "upheld", reason: "核实未付" }
      )
      expect(foreignResolve.status).toBe(404)
      const resolved = await post(
        reviewer,
        `/bureau/payout-disputes/${dispute.id}/resolve`,
        { resolution: "upheld", reason: "村第一书记核实：现金未送达" }
      )
      expect(resolved.status).toBe(200)
      const again = await post(
        reviewer,
        `/bureau/payout-disputes/${dispute.id}/resolve`,
        { resolution: "rejected", reason: "再次处理" }
      )
      expect(again.status).toBe(409)
      expect(
        (await get(reviewer, "/bureau/payout-disputes?status=open")).body.count
      ).toBe(0)
      const done = await get(
        reviewer,
        "/bureau/payout-disputes?status=resolved"
      )
      expect(done.body.disputes[0].resolution).toMatchObject({
        resolution: "upheld",
      })
      const audit = await get(reviewer, "/bureau/audit-log?limit=100")
      expect(
        (audit.body.audit_entries as { action: string; resource_id: string }[])
          .filter((e) => e.resource_id === dispute.id)
          .map((e) => e.action)
      ).toEqual(["payout_dispute.resolved"])
    })

    it("reports each cooperative's benefit linkage to its reviewer: owed, paid, confirmed, disputed, outstanding and the benefit ratio", async () => {
      const agreement = (
        await post(zhaojue, "/vendor/agreements", purchase(member))
      ).body.agreement
      const wage = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "wage",
          household_id: otherMember,
          starts_on: "2026-01-01",
          daily_wage: 10000,
        })
      ).body.agreement
      const product = await createProduct(
        request,
        zhaojue,
        buckwheatTea("benefit-tea")
      )
      const batch = await post(zhaojue, "/vendor/batches", {
        variant_id: product.variants[0].id,
        harvested_at: "2026-08-01",
        village: "好谷村",
        quantity: 50,
        unit: "kg",
        purchase_price: 900,
        contributions: [
          { household_id: member, quantity: 30 },
          { household_id: otherMember, quantity: 20 },
        ],
      })
      expect(batch.status).toBe(201)
      // Revenue attributed to the two households in 2026 (the ledger's own
      // entry point; orders and captures are the attribution suites' part).
      await services(getContainer())
        .attribution()
        .recordEntries(
          [
            [member, 60000],
            [otherMember, 40000],
          ].map(([household_id, amount], i) => ({
            order_id: `order_benefit_${i}`,
            line_item_id: `line_benefit_${i}`,
            batch_id: batch.body.batch.id,
            household_id: household_id as string,
            cooperative_id: zhaojue.cooperative.id,
            county_code: "513431",
            amount: amount as number,
            kind: "sale" as const,
            source_event_id: `capture:benefit_${i}`,
            occurred_at: "2026-09-01T04:00:00.000Z",
          }))
        )
      const payAndAnswer = async (
        agreementId: string,
        amount: number,
        reference: string,
        outcome: string
      ) => {
        const paid = await post(zhaojue, "/vendor/payouts", {
          agreement_id: agreementId,
          amount,
          paid_on: "2026-09-10",
          method: "bank_transfer",
          reference,
        })
        const slip = await post(
          zhaojue,
          `/vendor/payouts/${paid.body.payout.id}/slip`,
          {}
        )
        const answered = await request()
          .post(`/store/payout-slips/${slip.body.slip.url.split("/p/")[1]}`)
          .set(store)
          .send({ outcome })
        expect(answered.status).toBe(201)
      }
      await payAndAnswer(agreement.id, 27000, "BEN-1", "confirmed")
      await payAndAnswer(wage.id, 3000, "BEN-2", "wrong_amount")

      const report = await get(reviewer, "/bureau/reports/benefit?year=2026")
      expect(report.status).toBe(200)
      expect(report.body.threshold_bp).toBe(3000)
      const row = report.body.cooperatives.find(
        (c: { cooperative_id: string }) =>
          c.cooperative_id === zhaojue.cooperative.id
      )
      const sinceHarvest = Math.floor(
        (Date.now() - Date.parse("2026-08-01")) / 86_400_000
      )
      expect(row).toEqual({
        group_by: "cooperative",
        cooperative_id: zhaojue.cooperative.id,
        household_id: null,
        registry_number: null,
        name: "昭觉县苦荞合作社",
        county_code: "513431",
        attributed_to_households: 100000,
        obligations: 45000,
        paid: 30000,
        confirmed: 27000,
        disputed: 3000,
        unconfirmed: 0,
        outstanding: 18000,
        outstanding_late: 18000,
        oldest_outstanding_days: sinceHarvest,
        households_paid: 2,
        benefit_ratio_bp: 3000,
        below_threshold: false,
        below_floor: 0,
        floor_shortfall: 0,
      })
      // Another year has none of it; another jurisdiction none of it.
      const earlier = await get(reviewer, "/bureau/reports/benefit?year=2025")
      expect(
        earlier.body.cooperatives.find(
          (c: { cooperative_id: string }) =>
            c.cooperative_id === zhaojue.cooperative.id
        )
      ).toMatchObject({
        paid: 0,
        attributed_to_households: 0,
        benefit_ratio_bp: null,
      })
      const elsewhere = await get(
        cangxiReviewer,
        "/bureau/reports/benefit?year=2026"
      )
      expect(JSON.stringify(elsewhere.body)).not.toContain(
        zhaojue.cooperative.id
      )
      const csv = await get(
        reviewer,
        "/bureau/reports/benefit?year=2026&format=csv&layout=machine"
      )
      expect(csv.status).toBe(200)
      expect(csv.text).toContain("benefit_ratio_bp")
      expect(csv.text).toContain(
        `cooperative,${zhaojue.cooperative.id},,,昭觉县苦荞合作社,513431,100000,45000,30000,27000,3000,0,18000,18000,${sinceHarvest},2,3000,false,0,0`
      )

      // A second batch from the member at the floor it guaranteed (10 kg ×
      // 800) bought at 900, paid 5,000 of 9,000: below the floor (8,000)
      // by 3,000 once the payment window closed.
      const second = await post(zhaojue, "/vendor/batches", {
        variant_id: product.variants[0].id,
        harvested_at: "2026-09-01",
        village: "好谷村",
        quantity: 10,
        unit: "kg",
        purchase_price: 900,
        contributions: [{ household_id: member, quantity: 10 }],
      })
      expect(second.status).toBe(201)
      const short = await post(zhaojue, "/vendor/payouts", {
        agreement_id: agreement.id,
        amount: 5000,
        paid_on: "2026-09-20",
        method: "cash",
        reference: "BEN-3",
      })
      expect(short.status).toBe(201)
      const after = await get(reviewer, "/bureau/reports/benefit?year=2026")
      const cooperativeRow = after.body.cooperatives.find(
        (c: { cooperative_id: string }) =>
          c.cooperative_id === zhaojue.cooperative.id
      )
      expect(cooperativeRow).toMatchObject({
        obligations: 54000,
        paid: 35000,
        confirmed: 27000,
        disputed: 3000,
        unconfirmed: 5000,
        outstanding: 22000,
        outstanding_late: 22000,
        households_paid: 2,
        benefit_ratio_bp: 3500,
        below_floor: 1,
        floor_shortfall: 3000,
      })
      // Per household of the cooperative: the same fen, split.
      const members = await get(
        reviewer,
        `/bureau/reports/benefit?year=2026&group_by=household&cooperative_id=${zhaojue.cooperative.id}`
      )
      expect(members.status).toBe(200)
      const byHousehold = Object.fromEntries(
        (members.body.households as { household_id: string }[]).map((h) => [
          h.household_id,
          h,
        ])
      )
      expect(byHousehold[member]).toMatchObject({
        group_by: "household",
        attributed_to_households: 60000,
        obligations: 36000,
        paid: 32000,
        confirmed: 27000,
        disputed: 0,
        outstanding: 4000,
        benefit_ratio_bp: 5333,
        below_threshold: false,
        below_floor: 1,
        floor_shortfall: 3000,
      })
      expect(byHousehold[otherMember]).toMatchObject({
        attributed_to_households: 40000,
        obligations: 18000,
        paid: 3000,
        disputed: 3000,
        outstanding: 18000,
        benefit_ratio_bp: 750,
        below_threshold: true,
      })
      for (const key of [
        "attributed_to_households",
        "obligations",
        "paid",
        "confirmed",
        "disputed",
        "outstanding",
        "floor_shortfall",
      ]) {
        expect(
          (members.body.households as Record<string, number>[]).reduce(
            (sum, h) => sum + h[key],
            0
          )
        ).toBe(cooperativeRow[key])
      }
      // No household's name in clear.
      expect(JSON.stringify(members.body)).not.toMatch(/"name":"[^"*]{2,}"/)
      // Per county: the county's cooperatives summed.
      const counties = await get(
        reviewer,
        "/bureau/reports/benefit?year=2026&group_by=county"
      )
      const county = counties.body.counties.find(
        (c: { county_code: string }) => c.county_code === "513431"
      )
      const inCounty = (
        after.body.cooperatives as Record<string, number | string>[]
      ).filter((c) => c.county_code === "513431")
      expect(county.paid).toBe(
        inCounty.reduce((sum, c) => sum + (c.paid as number), 0)
      )
      expect(county.outstanding).toBe(
        inCounty.reduce((sum, c) => sum + (c.outstanding as number), 0)
      )
      const needsCooperative = await get(
        reviewer,
        "/bureau/reports/benefit?group_by=household"
      )
      expect(needsCooperative.status).toBe(400)
      expect(needsCooperative.body.message).toContain("cooperative_id")
      expect(
        (
          await get(
            reviewer,
            `/bureau/reports/benefit?group_by=household&cooperative_id=${cangxi.cooperative.id}`
          )
        ).status
      ).toBe(404)

      // Late payments: what is unpaid 30 days after falling due.
      const late = await get(
        reviewer,
        `/bureau/reports/late-payments?cooperative_id=${zhaojue.cooperative.id}`
      )
      expect(late.status).toBe(200)
      expect(late.body.days).toBe(30)
      expect(
        (late.body["late-payments"] as Record<string, unknown>[]).map((o) => [
          o.household_id,
          o.outstanding,
          o.due_on,
        ])
      ).toEqual([
        [otherMember, 18000, "2026-08-01"],
        [member, 4000, "2026-09-01"],
      ])
      // A window longer than the oldest debt: nothing is late yet.
      const patient = await get(
        reviewer,
        `/bureau/reports/late-payments?cooperative_id=${zhaojue.cooperative.id}&days=${sinceHarvest + 1}`
      )
      expect(patient.body.count).toBe(0)
      const floor = await get(
        reviewer,
        `/bureau/reports/floor-compliance?cooperative_id=${zhaojue.cooperative.id}`
      )
      expect(floor.body["floor-compliance"]).toEqual([
        expect.objectContaining({
          household_id: member,
          source_id: second.body.batch.id,
          amount: 9000,
          floor_amount: 8000,
          settled: 5000,
          floor_shortfall: 3000,
        }),
      ])
      const floorCsv = await get(
        reviewer,
        `/bureau/reports/floor-compliance?cooperative_id=${zhaojue.cooperative.id}&format=csv&layout=machine`
      )
      expect(floorCsv.text.split("\n")[0]).toContain("floor_shortfall_fen")
      expect(floorCsv.text).toContain(`,9000,5000,4000,8000,3000`)
      // The member's statement for the year agrees with the report to the
      // fen; another cooperative cannot read it.
      const statement = await get(
        zhaojue,
        `/vendor/households/${member}/statement?year=2026`
      )
      expect(statement.status).toBe(200)
      expect(statement.body.statement.totals).toEqual({
        attributed_to_household: 60000,
        obligations: 36000,
        paid: 32000,
        confirmed: 27000,
        disputed: 0,
        unconfirmed: 5000,
        outstanding: 4000,
        outstanding_late: 4000,
      })
      expect(
        (statement.body.statement.obligations as Record<string, unknown>[])
          .filter((o) => o.kind === "purchase" && o.source_type === "batch")
          .map((o) => [o.source_id, o.amount, o.settled])
      ).toEqual(
        expect.arrayContaining([
          [batch.body.batch.id, 27000, 27000],
          [second.body.batch.id, 9000, 5000],
        ])
      )
      expect(
        (statement.body.statement.payouts as Record<string, unknown>[])
          .filter((p) => ["BEN-1", "BEN-3"].includes(p.reference as string))
          .map((p) => [p.reference, p.amount, p.answer, p.reversed])
      ).toEqual([
        ["BEN-1", 27000, "confirmed", false],
        ["BEN-3", 5000, null, false],
      ])
      expect(statement.body.statement.household.head_name).not.toBe(undefined)
      expect(
        (await get(cangxi, `/vendor/households/${member}/statement?year=2026`))
          .status
      ).toBe(404)
      const badYear = await get(
        zhaojue,
        `/vendor/households/${member}/statement?year=twenty`
      )
      expect(badYear.status).toBe(400)
      expect(badYear.body.message).toContain("year")
      // The rollups the reports read agree with the ledger.
      const checked = await get(admin, "/admin/linkage/consistency")
      expect(checked.body).toMatchObject({
        obligations_settled_differently: [],
        rollups_differing: [],
      })
    })

    it("keeps every view equal to the ledger under random traffic: batches, wages, payments at once and twice, reversals, slip answers", async () => {
      const { coop: traffic, bureau: trafficReviewer } =
        await registerApprovedCooperative(
          request,
          admin,
          {
            email: "owner@linkage-traffic.coop",
            name: "昭觉县随机合作社",
            handle: "linkage-traffic",
            county_code: "513431",
            serial: "MA6LNK009",
          },
          {
            email: "traffic@bureau.gov",
            name: "昭觉县",
            jurisdiction_code: "513431",
          }
        )
      const households = []
      for (let i = 0; i < 4; i++) {
        households.push(await addHousehold(request, traffic, "513431", 40 + i))
      }
      const product = await createProduct(
        request,
        traffic,
        buckwheatTea("traffic-tea")
      )
      const result = await runLinkageTraffic({
        request,
        container: getContainer(),
        coop: traffic,
        reviewer: trafficReviewer,
        admin,
        store,
        variantId: product.variants[0].id,
        households,
        ops: Number(process.env.LINKAGE_TRAFFIC_OPS ?? 40),
        seed: 20261203,
      })
      expect(result.mismatches).toEqual([])
      expect(result.payments).toBeGreaterThan(5)
    })

    it("counts on the home page what households were paid and confirmed, less what was reversed", async () => {
      const agreement = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "wage",
          household_id: member,
          starts_on: "2026-01-01",
          daily_wage: 10000,
        })
      ).body.agreement
      const pay = async (reference: string, amount: number) =>
        (
          await post(zhaojue, "/vendor/payouts", {
            agreement_id: agreement.id,
            amount,
            paid_on: "2026-07-01",
            method: "alipay",
            reference,
          })
        ).body.payout as { id: string }
      const confirmed = await pay("ALI-1", 20000)
      await pay("ALI-2", 5000)
      const reversed = await pay("ALI-3", 7000)
      const slip = await post(
        zhaojue,
        `/vendor/payouts/${confirmed.id}/slip`,
        {}
      )
      await request()
        .post(`/store/payout-slips/${slip.body.slip.url.split("/p/")[1]}`)
        .set(store)
        .send({ outcome: "confirmed" })
      await post(zhaojue, `/vendor/payouts/${reversed.id}/reverse`, {
        reference: "ALI-3-R",
        reason: "重复",
      })
      const impact = await request().get("/store/impact").set(store)
      expect(impact.status).toBe(200)
      expect(impact.body.impact).toMatchObject({
        paid_to_households: 25000,
        confirmed_by_households: 20000,
      })
    })

    it("imports a file of payments once, row by row, all or nothing unless asked for the good rows", async () => {
      const wage = (
        await post(zhaojue, "/vendor/agreements", {
          kind: "wage",
          household_id: member,
          starts_on: "2026-01-01",
          daily_wage: 10000,
        })
      ).body.agreement
      const owed = await post(zhaojue, "/vendor/obligations", {
        agreement_id: wage.id,
        period: "2026-05",
        due_on: "2026-06-05",
        work_days: 20,
      })
      expect(owed.body.obligation.amount).toBe(200000)
      const foreign = (
        await post(cangxi, "/vendor/agreements", {
          kind: "wage",
          household_id: cangxiMember,
          starts_on: "2026-01-01",
          daily_wage: 10000,
        })
      ).body.agreement
      const file = [
        "agreement_id,amount,paid_on,method,reference",
        `${wage.id},1200.50,2026-06-10,wechat_pay,WX-0610`,
        `${wage.id},12.345,2026-06-11,cash,CASH-0611`,
        `${wage.id},300,2026-06-12,银行转账,BANK-0612`,
        `${foreign.id},50,2026-06-12,cash,CASH-FOREIGN`,
      ].join("\n")
      const upload = (csv: string, mode?: string) =>
        post(zhaojue, "/vendor/payouts/import", {
          csv,
          ...(mode ? { mode } : {}),
        })
      const count = async () =>
        (
          await sql<{ n: number }>(
            "select count(*)::int as n from linkage_payout where cooperative_id = ?",
            [zhaojue.cooperative.id]
          )
        )[0].n

      const refused = await upload(file)
      expect(refused.status).toBe(400)
      expect(refused.body.errors).toEqual([
        { row: 3, field: "amount", reason: expect.any(String) },
        { row: 5, field: "agreement_id", reason: expect.any(String) },
      ])
      expect(JSON.stringify(refused.body)).not.toContain("12.345")
      expect(await count()).toBe(0)

      const partial = await upload(file, "good_rows")
      expect(partial.status).toBe(201)
      expect(partial.body).toMatchObject({ imported: 2, skipped: 0 })
      expect(partial.body.errors).toHaveLength(2)
      expect(await count()).toBe(2)
      // The same file again writes nothing.
      const again = await upload(file, "good_rows")
      expect(again.body).toMatchObject({ imported: 0, skipped: 2 })
      expect(await count()).toBe(2)
      // What was paid settled the month's wages: 1,200.50 + 300 yuan.
      const [obligation] = (
        await get(
          zhaojue,
          `/vendor/obligations?household_id=${member}&kind=wage`
        )
      ).body.obligations
      expect(obligation).toMatchObject({ settled: 150050, outstanding: 49950 })

      // A spreadsheet's export: byte-order mark, Chinese headers.
      const chinese = [
        "\uFEFF协议编号,金额（元）,付款日期,付款方式,凭证号",
        `${wage.id},499.50,2026-06-20,支付宝,ALI-0620`,
      ].join("\r\n")
      const imported = await upload(chinese)
      expect(imported.status).toBe(201)
      expect(imported.body).toMatchObject({ imported: 1, errors: [] })
      const [settled] = (
        await get(
          zhaojue,
          `/vendor/obligations?household_id=${member}&kind=wage`
        )
      ).body.obligations
      expect(settled).toMatchObject({ outstanding: 0 })

      const headless = await upload("a,b\n1,2")
      expect(headless.status).toBe(400)
      expect(headless.body.message).toContain("agreement_id")
    })

    it("keeps evidence files private: the owner and the reviewers of the payment read them, no one else, and the type is the bytes'", async () => {
      const upload = (tenant: Actor, filename: string, bytes: Buffer) =>
        post(tenant, "/vendor/documents", {
          filename,
          content: bytes.toString("base64"),
        })
      const download = (tenant: Actor, path: string) =>
        get(tenant, path)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = []
            res.on("data", (chunk: Buffer) => chunks.push(chunk))
            res.on("end", () => done(null, Buffer.concat(chunks)))
          })
      const pdf = Buffer.from(
        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
      )
      const receipt = await upload(zhaojue, "C:\\回单\\转账回单 9月.PDF", pdf)
      expect(receipt.status).toBe(201)
      expect(receipt.body.document).toMatchObject({
        filename: "转账回单 9月.pdf",
        mime_type: "application/pdf",
        size: pdf.length,
      })
      const documentId = receipt.body.document.id as string
      // Where the bytes are stored is never said.
      expect(JSON.stringify(receipt.body)).not.toMatch(/evidence-|file_id/)
      const again = await upload(zhaojue, "copy.pdf", pdf)
      expect([again.status, again.body.document.id]).toEqual([200, documentId])

      // The type is read from the bytes: a page named .pdf is refused.
      for (const [content, field] of [
        [
          Buffer.from("<html><script>alert(1)</script>").toString("base64"),
          "content",
        ],
        ["%%%%", "content"],
      ]) {
        const refused = await post(zhaojue, "/vendor/documents", {
          filename: "receipt.pdf",
          content,
        })
        expect([refused.status, refused.body.message]).toEqual([
          400,
          expect.stringContaining(field),
        ])
      }
      const large = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)])
      const tooLarge = await upload(zhaojue, "big.pdf", large)
      expect([tooLarge.status, tooLarge.body.message]).toEqual([
        400,
        expect.stringContaining("content"),
      ])
      // A body beyond what the route reads is refused before it is read.
      const huge = await post(zhaojue, "/vendor/documents", {
        filename: "huge.pdf",
        content: "A".repeat(10 * 1024 * 1024),
      })
      expect(huge.status).toBe(413)
      const unapproved = await upload(pending, "r.pdf", pdf)
      expect(unapproved.status).toBe(400)

      // A payment recorded with its receipt; another cooperative's
      // document cannot be named, and nothing is written then.
      const household = await addHousehold(request, zhaojue, "513431", 8)
      const agreement = await post(zhaojue, "/vendor/agreements", {
        ...purchase(household),
        document_id: documentId,
      })
      expect(agreement.status).toBe(201)
      expect(agreement.body.agreement.document_id).toBe(documentId)
      const payment = {
        agreement_id: agreement.body.agreement.id,
        amount: 1234,
        paid_on: "2026-10-02",
        method: "bank_transfer",
        reference: "EVIDENCE-1",
        evidence_document_id: documentId,
      }
      const paid = await post(zhaojue, "/vendor/payouts", payment)
      expect(paid.status).toBe(201)
      expect(paid.body.payout.evidence_document_id).toBe(documentId)
      const png = Buffer.from(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000",
        "hex"
      )
      const theirs = await upload(cangxi, "photo.png", png)
      expect(theirs.body.document.mime_type).toBe("image/png")
      const foreign = await post(zhaojue, "/vendor/payouts", {
        ...payment,
        reference: "EVIDENCE-2",
        evidence_document_id: theirs.body.document.id,
      })
      expect([foreign.status, foreign.body.message]).toEqual([
        404,
        "Document was not found",
      ])
      expect(
        await sql(
          "select count(*)::int as n from linkage_payout where reference = 'EVIDENCE-2'"
        )
      ).toEqual([{ n: 0 }])
      // The same reference with another receipt is another payment: 409.
      const otherReceipt = await upload(zhaojue, "b.png", png)
      expect(
        (
          await post(zhaojue, "/vendor/payouts", {
            ...payment,
            evidence_document_id: otherReceipt.body.document.id,
          })
        ).status
      ).toBe(409)

      // The owner and the reviewers of the household's county download
      // it; the other cooperative and the other county's reviewer get 404.
      const own = await download(
        zhaojue,
        `/vendor/documents/${documentId}/file`
      )
      expect(own.status).toBe(200)
      expect(Buffer.compare(own.body as Buffer, pdf)).toBe(0)
      expect(own.headers).toMatchObject({
        "content-type": "application/pdf",
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      })
      expect(own.headers["content-disposition"]).toMatch(/^attachment;/)
      const reviewed = await download(
        reviewer,
        `/bureau/documents/${documentId}/file`
      )
      expect(Buffer.compare(reviewed.body as Buffer, pdf)).toBe(0)
      for (const [tenant, path] of [
        [cangxi, `/vendor/documents/${documentId}/file`],
        [cangxiReviewer, `/bureau/documents/${documentId}/file`],
        [zhaojue, `/vendor/documents/${theirs.body.document.id}/file`],
      ] as const) {
        const refused = await get(tenant, path)
        expect([path, refused.status]).toEqual([path, 404])
        expect(JSON.stringify(refused.body)).not.toContain("PDF")
      }
      // Not under the public /static folder either.
      const [{ file_id }] = await sql<{ file_id: string }>(
        "select file_id from linkage_document where id = ?",
        [documentId]
      )
      expect((await request().get(`/static/${file_id}`)).status).toBe(404)

      // The signed copy of an agreement may be attached later or replaced
      // (audited); another cooperative's agreement or document is a 404.
      const replaced = await post(
        zhaojue,
        `/vendor/agreements/${agreement.body.agreement.id}/document`,
        { document_id: otherReceipt.body.document.id }
      )
      expect(replaced.status).toBe(200)
      expect(replaced.body.agreement.document_id).toBe(
        otherReceipt.body.document.id
      )
      for (const [tenant, agreementId, docId] of [
        [cangxi, agreement.body.agreement.id, theirs.body.document.id],
        [zhaojue, agreement.body.agreement.id, theirs.body.document.id],
      ] as const) {
        const refused = await post(
          tenant,
          `/vendor/agreements/${agreementId}/document`,
          { document_id: docId }
        )
        expect(refused.status).toBe(404)
      }
      const audit = await get(reviewer, "/bureau/audit-log?limit=100")
      expect(
        (audit.body.audit_entries as { resource_id: string; action: string }[])
          .filter((e) => e.resource_id === agreement.body.agreement.id)
          .map((e) => e.action)
          .sort()
      ).toEqual([
        "linkage_agreement.created",
        "linkage_agreement.document_attached",
      ])

      // Documents are append-only in the database, and each lists only
      // its own.
      await expect(
        sql("update linkage_document set filename = 'x' where id = ?", [
          documentId,
        ])
      ).rejects.toThrow(/append-only/)
      const listed = await get(zhaojue, "/vendor/documents")
      expect(listed.body.documents.map((d: { id: string }) => d.id)).toContain(
        documentId
      )
      const cangxiList = await get(cangxi, "/vendor/documents")
      expect(JSON.stringify(cangxiList.body)).not.toContain(documentId)

      // Uploads are counted per cooperative and hour, refused ones too: one
      // cooperative cannot fill the disk, and its limit is not another's.
      const statuses: number[] = []
      for (let i = 0; i < 30 && !statuses.includes(429); i++) {
        statuses.push(
          (
            await post(cangxi, "/vendor/documents", {
              filename: "x.pdf",
              content: "AAAA",
            })
          ).status
        )
      }
      expect(statuses.at(-1)).toBe(429)
      expect(new Set(statuses.slice(0, -1))).toEqual(new Set([400]))
      expect((await upload(zhaojue, "again.pdf", pdf)).status).toBe(200)
    })

    it("lets only an approved cooperative record, and only for its own members", async () => {
      const refused = await post(
        pending,
        "/vendor/agreements",
        purchase(member)
      )
      expect(refused.status).toBe(400)
      expect(refused.body.message).toContain("approved")
      const foreign = await post(cangxi, "/vendor/agreements", purchase(member))
      expect(foreign.status).toBe(404)
      const own = await post(
        cangxi,
        "/vendor/agreements",
        purchase(cangxiMember)
      )
      expect(own.status).toBe(201)
      const theirs = await get(cangxi, "/vendor/payouts")
      expect([theirs.status, theirs.body.message]).toEqual([200, undefined])
      expect(JSON.stringify(theirs.body)).not.toContain(member)
      expect(theirs.body.count).toBe(0)
      const zhaojueAgreements = await get(zhaojue, "/vendor/agreements")
      expect(JSON.stringify(zhaojueAgreements.body)).not.toContain(cangxiMember)
    })
  }
)
