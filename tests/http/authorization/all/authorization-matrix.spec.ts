import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type BaseStore, seedBaseStore } from "../../../../seed/src/base-store"
import {
  type Actor,
  loginAs,
  operator,
  registerCustomer,
  TEST_PASSWORD,
} from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import { eventually } from "../../../helpers/eventually"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

type Method = "get" | "post" | "delete"
type Route = { method: Method; path: string; body?: object }

// What one cooperative owns (with its households, products and batches):
// used to aim requests at it and to scan every response for leaks.
type TenantObjects = {
  tenant: CooperativeTenant
  householdId: string
  registryNumber: string
  idNumber: string
  // The head's name, in full only to the cooperative it is a member of.
  headName: string
  productId: string
  variantId: string
  batchId: string
  traceCode: string
  orderId: string
  certificationId: string
  joinRequestId: string
  agreementId: string
  payoutId: string
  disputeId: string
  documentId: string
  // A registry import by the reviewer of the tenant's county, with a file.
  registryImportId: string
  // Aid oversight in the tenant's county: an aid list import, a run of the
  // rules, a flag it opened and the case a shock event opened.
  aidImportId: string
  runId: string
  flagId: string
  caseId: string
}

describeHttp("authorization matrix", ({ request, getContainer }) => {
  let base: BaseStore
  let admin: Actor
  let a: TenantObjects
  let b: TenantObjects
  let liangshan: Actor
  let cangxi: Actor
  let customer: Actor

  async function populate(
    tenant: CooperativeTenant,
    county: string,
    seq: string
  ): Promise<TenantObjects> {
    const registryNumber = `${county}01${seq}0001`
    const headName = seq === "1" ? "阿苏拉则" : "王德华"
    const idNumber = syntheticIdNumber(
      county,
      "19790315",
      `${seq}01`.slice(0, 3)
    )
    const household = await request()
      .post("/vendor/households")
      .set(tenant.headers)
      .send({
        registry_number: registryNumber,
        county_code: county,
        township: "乡",
        village: `村${seq}`,
        head_name: headName,
        id_number: idNumber,
        phone: `1390000${seq}000`,
        member_count: 3,
      })
    expect(household.status).toBe(201)
    const product = await createProduct(
      request,
      tenant,
      buckwheatTea(`product-${seq}`)
    )
    const variantId = product.variants[0].id
    const batch = await request()
      .post("/vendor/batches")
      .set(tenant.headers)
      .send({
        variant_id: variantId,
        harvested_at: "2026-09-01",
        village: `村${seq}`,
        quantity: 10,
        unit: "kg",
        contributions: [
          { household_id: household.body.household.id, quantity: 10 },
        ],
      })
    expect(batch.status).toBe(201)
    const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
    const { result: order } = await engine.run("create-orders", {
      input: {
        region_id: base.regionId,
        sales_channel_id: base.salesChannelId,
        email: `buyer${seq}@example.com`,
        currency_code: "cny",
        items: [{ variant_id: variantId, quantity: 1 }],
      },
    })
    await engine.run("link-order-to-cooperatives", {
      input: { order_id: order.id },
    })
    const certification = await request()
      .post("/vendor/me/certifications")
      .set(tenant.headers)
      .send({ kind: "organic", number: `ORG-${seq}` })
    expect(certification.status).toBe(201)
    // A request to join a household (here its own: the reviewer will say
    // it is already a member), for the reviewers' queue.
    const join = await request()
      .post("/vendor/households/link")
      .set(tenant.headers)
      .send({ registry_number: registryNumber, id_number: idNumber })
    expect(join.status).toBe(202)
    // A receipt (a one-page PDF of its own), the agreement's signed copy.
    const document = await request()
      .post("/vendor/documents")
      .set(tenant.headers)
      .send({
        filename: `receipt-${seq}.pdf`,
        content: Buffer.from(`%PDF-1.4\n% ${seq}\n%%EOF\n`).toString("base64"),
      })
    expect(document.status).toBe(201)
    const agreement = await request()
      .post("/vendor/agreements")
      .set(tenant.headers)
      .send({
        document_id: document.body.document.id,
        kind: "purchase",
        household_id: household.body.household.id,
        starts_on: "2026-01-01",
        floor_price: 800,
        unit: "kg",
      })
    expect(agreement.status).toBe(201)
    const payout = await request()
      .post("/vendor/payouts")
      .set(tenant.headers)
      .send({
        agreement_id: agreement.body.agreement.id,
        amount: 12345,
        paid_on: "2026-09-05",
        method: "wechat_pay",
        reference: `WX-${seq}`,
      })
    expect(payout.status).toBe(201)
    // The household disputes it on its slip: a dispute for the reviewer.
    const slip = await request()
      .post(`/vendor/payouts/${payout.body.payout.id}/slip`)
      .set(tenant.headers)
      .send({})
    expect(slip.status).toBe(201)
    const answered = await request()
      .post(`/store/payout-slips/${slip.body.slip.url.split("/p/")[1]}`)
      .set({ "x-publishable-api-key": base.publishableKey })
      .send({ outcome: "wrong_amount", note: "少了" })
    expect(answered.status).toBe(201)
    const [dispute] = (
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("select id from linkage_payout_response where payout_id = ?", [
          payout.body.payout.id,
        ])
    ).rows as { id: string }[]
    return {
      documentId: document.body.document.id,
      registryImportId: "",
      aidImportId: "",
      runId: "",
      flagId: "",
      caseId: "",
      disputeId: dispute.id,
      agreementId: agreement.body.agreement.id,
      payoutId: payout.body.payout.id,
      joinRequestId: join.body.join_request.id,
      certificationId: certification.body.certification.id,
      orderId: order.id,
      tenant,
      householdId: household.body.household.id,
      registryNumber,
      headName,
      idNumber,
      productId: product.id,
      variantId,
      batchId: batch.body.batch.id,
      traceCode: batch.body.batch.trace_code,
    }
  }

  // A registry file of one household, imported by `reviewer`: an import
  // with a refused row, for the import routes to aim at.
  async function registryImport(reviewer: Actor, county: string) {
    const opened = await request()
      .post("/bureau/registry/imports")
      .set(reviewer.headers)
      .send({ filename: `${county}.csv` })
    expect(opened.status).toBe(201)
    const sent = await request()
      .post(`/bureau/registry/imports/${opened.body.import.id}/file`)
      .set(reviewer.headers)
      .set("content-type", "text/csv")
      .send(
        `户编号,户主姓名,身份证号,家庭人口,县代码,乡镇,行政村\n${county}99990001,户主,${syntheticIdNumber(county, "19800101", "999")},2,${county},乡,村\n${county}99990002,户主,x,2,${county},乡,村\n`
      )
    expect(sent.body.import).toMatchObject({ rows_created: 1, rows_failed: 1 })
    return opened.body.import.id as string
  }

  // An aid list naming the cooperative's household (the registry's own
  // household stays without aid: an omitted flag), a shock event the
  // cooperative reports (a case), and a run of the rules.
  async function oversight(reviewer: Actor, target: TenantObjects) {
    const year = new Date().getUTCFullYear()
    const opened = await request()
      .post("/bureau/aid/imports")
      .set(reviewer.headers)
      .send({ filename: "aid.csv" })
    expect(opened.status).toBe(201)
    const sent = await request()
      .post(`/bureau/aid/imports/${opened.body.import.id}/file`)
      .set(reviewer.headers)
      .set("content-type", "text/csv")
      .send(
        `户编号,帮扶类别,帮扶单位,用途,金额（元）,发放日期,凭证号\n${target.registryNumber},结对帮扶,某局,慰问,100,${year}-01-05,M-1\n`
      )
    expect(sent.body.import).toMatchObject({ rows_created: 1 })
    target.aidImportId = opened.body.import.id
    const shock = await request()
      .post(`/vendor/households/${target.householdId}/shock-events`)
      .set(target.tenant.headers)
      .send({ kind: "illness", occurred_on: `${year}-01-02` })
    expect(shock.status).toBe(201)
    const run = await request()
      .post("/bureau/oversight/runs")
      .set(reviewer.headers)
      .send({})
    expect(run.status).toBe(202)
    target.runId = run.body.run.id
    await eventually(
      async () => {
        const polled = await request()
          .get(`/bureau/oversight/runs/${target.runId}`)
          .set(reviewer.headers)
        expect(polled.body.run.status).toBe("completed")
      },
      { timeoutMs: 60_000, intervalMs: 200 }
    )
    const flags = await request()
      .get("/bureau/oversight/flags")
      .set(reviewer.headers)
    target.flagId = flags.body.flags[0].id
    const cases = await request()
      .get("/bureau/oversight/cases")
      .set(reviewer.headers)
    target.caseId = cases.body.cases[0].id
  }

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    const coopA = await registerCooperative(request, {
      email: "owner@a.coop",
      name: "合作社甲",
      handle: "coop-a",
      county_code: "513431",
      serial: "MA6AAAAA1",
    })
    const coopB = await registerCooperative(request, {
      email: "owner@b.coop",
      name: "合作社乙",
      handle: "coop-b",
      county_code: "510824",
      serial: "MA6BBBBB1",
    })
    liangshan = await createBureauUser(request, admin, {
      email: "l@bureau.gov",
      name: "凉山州",
      jurisdiction_code: "5134",
    })
    cangxi = await createBureauUser(request, admin, {
      email: "c@bureau.gov",
      name: "苍溪县",
      jurisdiction_code: "510824",
    })
    await approveCooperative(request, liangshan, coopA)
    await approveCooperative(request, cangxi, coopB)
    a = await populate(coopA, "513431", "1")
    b = await populate(coopB, "510824", "2")
    a.registryImportId = await registryImport(liangshan, "513431")
    b.registryImportId = await registryImport(cangxi, "510824")
    await oversight(liangshan, a)
    await oversight(cangxi, b)
    customer = await registerCustomer(
      request,
      base.publishableKey,
      "buyer@example.com"
    )
  })

  // Every vendor route, aimed at `target`'s objects where it takes one.
  const vendorRoutes = (target: TenantObjects): Route[] => [
    { method: "get", path: "/vendor/me" },
    { method: "post", path: "/vendor/me", body: { story: "x" } },
    { method: "get", path: "/vendor/households" },
    { method: "post", path: "/vendor/households", body: {} },
    { method: "get", path: `/vendor/households/${target.householdId}` },
    {
      method: "get",
      path: `/vendor/households/${target.householdId}/statement?year=2026`,
    },
    {
      method: "post",
      path: `/vendor/households/${target.householdId}`,
      body: { member_count: 2 },
    },
    {
      method: "post",
      path: "/vendor/households/link",
      // Answered alike whatever it names, so it aims at nobody.
      body: {
        registry_number: "0000000000000",
        id_number: "11010519491231002X",
      },
    },
    { method: "get", path: "/vendor/households/join-requests" },
    {
      method: "post",
      path: `/vendor/households/join-requests/${target.joinRequestId}/accept`,
      body: {},
    },
    {
      method: "post",
      path: `/vendor/households/join-requests/${target.joinRequestId}/decline`,
      body: { note: "no" },
    },
    {
      method: "post",
      path: `/vendor/households/${target.householdId}/shock-events`,
      body: { kind: "illness", occurred_on: "2026-01-01" },
    },
    { method: "get", path: "/vendor/products" },
    { method: "post", path: "/vendor/products", body: {} },
    { method: "get", path: `/vendor/products/${target.productId}` },
    { method: "get", path: "/vendor/batches" },
    {
      method: "post",
      path: "/vendor/batches",
      body: {
        variant_id: target.variantId,
        harvested_at: "2026-09-01",
        village: "v",
        quantity: 1,
        unit: "kg",
      },
    },
    { method: "get", path: `/vendor/batches/${target.batchId}` },
    {
      method: "post",
      path: `/vendor/batches/${target.batchId}/trace-events`,
      body: { type: "packed", occurred_at: "2026-09-02", place: "p" },
    },
    { method: "get", path: `/vendor/batches/${target.batchId}/label` },
    {
      method: "post",
      path: `/vendor/batches/${target.batchId}/void`,
      body: { reason: "entered twice" },
    },
    {
      method: "post",
      path: "/vendor/invites",
      body: { email: "new@staff.coop" },
    },
    { method: "get", path: "/vendor/invites" },
    {
      method: "post",
      path: "/vendor/product-images",
      body: { content: Buffer.from("not a photo").toString("base64") },
    },
    { method: "get", path: "/vendor/users" },
    { method: "get", path: "/vendor/orders" },
    {
      method: "post",
      path: `/vendor/products/${target.productId}`,
      body: { title: "x" },
    },
    {
      method: "post",
      path: "/vendor/me/certifications",
      body: { kind: "organic", number: "X" },
    },
    {
      method: "delete",
      path: `/vendor/me/certifications/${target.certificationId}`,
    },
    { method: "get", path: `/vendor/orders/${target.orderId}` },
    { method: "get", path: `/vendor/orders/${target.orderId}/attribution` },
    {
      method: "post",
      path: `/vendor/orders/${target.orderId}/fulfillments`,
      body: { carrier: "sf", tracking_number: "SF1234567890" },
    },
    {
      method: "post",
      path: `/vendor/orders/${target.orderId}/fulfillments/ful_01JXXXXXXXXXXXXXXXXXXXXXXX/deliver`,
    },
    {
      method: "post",
      path: `/vendor/orders/${target.orderId}/recipient`,
      body: { purpose: "ship" },
    },
    { method: "get", path: "/vendor/orders?shipping_status=awaiting_shipment" },
    { method: "get", path: "/vendor/attribution" },
    { method: "get", path: "/vendor/attribution?view=household" },
    { method: "get", path: "/vendor/attribution?view=batch&format=csv" },
    { method: "get", path: "/vendor/agreements" },
    {
      method: "post",
      path: "/vendor/agreements",
      body: {
        kind: "wage",
        household_id: target.householdId,
        starts_on: "2026-01-01",
        daily_wage: 12000,
      },
    },
    {
      method: "post",
      path: `/vendor/agreements/${target.agreementId}/end`,
      body: { ends_on: "2026-12-31", reason: "合同到期" },
    },
    { method: "get", path: "/vendor/payouts" },
    {
      method: "post",
      path: "/vendor/payouts",
      body: {
        agreement_id: target.agreementId,
        amount: 100,
        paid_on: "2026-09-06",
        method: "cash",
        reference: "R-1",
      },
    },
    {
      method: "post",
      path: `/vendor/payouts/${target.payoutId}/reverse`,
      body: { reference: "REV-1", reason: "录错" },
    },
    { method: "get", path: "/vendor/obligations" },
    { method: "get", path: "/vendor/documents" },
    {
      method: "post",
      path: "/vendor/documents",
      body: {
        filename: "r.pdf",
        content: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
      },
    },
    { method: "get", path: `/vendor/documents/${target.documentId}/file` },
    {
      method: "post",
      path: `/vendor/agreements/${target.agreementId}/document`,
      body: { document_id: target.documentId },
    },
    {
      method: "post",
      path: "/vendor/payouts/import",
      body: { csv: "agreement_id,amount,paid_on,method,reference\n" },
    },
    {
      method: "post",
      path: `/vendor/payouts/${target.payoutId}/slip`,
      body: {},
    },
    {
      method: "post",
      path: "/vendor/obligations",
      body: {
        agreement_id: target.agreementId,
        period: "2026",
        due_on: "2026-12-31",
      },
    },
  ]

  const bureauRoutes = (target: TenantObjects): Route[] => [
    { method: "get", path: "/bureau/me" },
    { method: "get", path: "/bureau/cooperatives" },
    {
      method: "get",
      path: `/bureau/cooperatives/${target.tenant.cooperative.id}`,
    },
    {
      method: "post",
      path: `/bureau/cooperatives/${target.tenant.cooperative.id}/approve`,
      body: {},
    },
    {
      method: "post",
      path: `/bureau/cooperatives/${target.tenant.cooperative.id}/suspend`,
      body: { reason: "test" },
    },
    {
      method: "post",
      path: `/bureau/cooperatives/${target.tenant.cooperative.id}/counties`,
      body: { county_code: "513429", reason: "test" },
    },
    {
      method: "post",
      path: `/bureau/cooperatives/${target.tenant.cooperative.id}/counties/513429/revoke`,
      body: { reason: "test" },
    },
    { method: "get", path: "/bureau/households" },
    { method: "get", path: `/bureau/households/${target.householdId}` },
    {
      method: "post",
      path: `/bureau/households/${target.householdId}/verify`,
      body: { decision: "verified" },
    },
    {
      method: "post",
      path: `/bureau/households/${target.householdId}/status`,
      body: { status: "lifted", year: 2020 },
    },
    { method: "get", path: "/bureau/audit-log" },
    { method: "get", path: "/bureau/audit-log/facets" },
    {
      method: "post",
      path: `/bureau/households/${target.householdId}/reveal`,
      body: { purpose: "registry_check" },
    },
    { method: "get", path: "/bureau/payout-disputes" },
    { method: "get", path: `/bureau/documents/${target.documentId}/file` },
    { method: "get", path: "/bureau/registry/imports" },
    { method: "get", path: "/bureau/registry/missing" },
    {
      method: "post",
      path: `/bureau/registry/missing/${target.householdId}/confirm`,
      body: { decision: "kept", reason: "核实" },
    },
    { method: "get", path: "/bureau/reports/coverage?group_by=township" },
    { method: "get", path: "/bureau/reports/unbound?format=csv" },
    {
      method: "post",
      path: "/bureau/registry/imports",
      body: { filename: "r.csv" },
    },
    {
      method: "get",
      path: `/bureau/registry/imports/${target.registryImportId}`,
    },
    {
      method: "get",
      path: `/bureau/registry/imports/${target.registryImportId}/errors?format=csv`,
    },
    {
      method: "post",
      path: `/bureau/registry/imports/${target.registryImportId}/file`,
      body: {},
    },
    { method: "get", path: "/bureau/aid/imports" },
    {
      method: "post",
      path: "/bureau/aid/imports",
      body: { filename: "a.csv" },
    },
    { method: "get", path: `/bureau/aid/imports/${target.aidImportId}` },
    {
      method: "get",
      path: `/bureau/aid/imports/${target.aidImportId}/errors?format=csv`,
    },
    {
      method: "post",
      path: `/bureau/aid/imports/${target.aidImportId}/file`,
      body: {},
    },
    {
      method: "post",
      path: "/bureau/aid/records",
      // Answered alike whatever it names, so it aims at nobody.
      body: { records: [] },
    },
    { method: "get", path: "/bureau/oversight/settings" },
    {
      method: "post",
      path: "/bureau/oversight/settings",
      body: { multiple_givers: 3 },
    },
    { method: "get", path: "/bureau/oversight/runs" },
    { method: "post", path: "/bureau/oversight/runs", body: {} },
    { method: "get", path: `/bureau/oversight/runs/${target.runId}` },
    { method: "get", path: "/bureau/oversight/flags?status=all" },
    { method: "get", path: "/bureau/oversight/flags?format=csv" },
    { method: "get", path: `/bureau/oversight/flags/${target.flagId}` },
    {
      method: "post",
      path: `/bureau/oversight/flags/${target.flagId}/assign`,
      body: { bureau_user_id: null },
    },
    {
      method: "post",
      path: `/bureau/oversight/flags/${target.flagId}/comments`,
      body: { body: "核实中" },
    },
    {
      method: "post",
      path: `/bureau/oversight/flags/${target.flagId}/resolve`,
      body: { resolution: "justified", reason: "核实" },
    },
    { method: "get", path: "/bureau/oversight/cases?status=all" },
    { method: "get", path: `/bureau/oversight/cases/${target.caseId}` },
    {
      method: "post",
      path: `/bureau/oversight/cases/${target.caseId}/assign`,
      body: { bureau_user_id: null },
    },
    {
      method: "post",
      path: `/bureau/oversight/cases/${target.caseId}/comments`,
      body: { body: "核实中" },
    },
    {
      method: "post",
      path: `/bureau/oversight/cases/${target.caseId}/close`,
      body: { exit_criteria: ["risk_eliminated"], reason: "核实" },
    },
    { method: "get", path: `/bureau/households/${target.householdId}/streams` },
    { method: "get", path: `/bureau/households/${target.householdId}/aid` },
    { method: "get", path: "/bureau/reviewers" },
    {
      method: "post",
      path: `/bureau/households/${target.householdId}/shock-events`,
      body: { kind: "illness", occurred_on: "2026-01-01" },
    },
    { method: "get", path: "/bureau/reports/oversight?format=csv" },
    { method: "get", path: "/bureau/reports/benefit?format=csv" },
    { method: "get", path: "/bureau/reports/late-payments?format=csv" },
    { method: "get", path: "/bureau/reports/floor-compliance" },
    {
      method: "post",
      path: `/bureau/payout-disputes/${target.disputeId}/resolve`,
      body: { resolution: "upheld", reason: "核实" },
    },
    {
      method: "get",
      path: "/bureau/reports/attribution?group_by=household&grain=year",
    },
    { method: "get", path: "/bureau/reports/poverty-line" },
    { method: "get", path: "/bureau/reports/omitted?format=csv" },
    { method: "get", path: "/bureau/reports/income-decline" },
    { method: "get", path: "/bureau/reports/concentration" },
    { method: "get", path: "/bureau/reconciliation" },
    { method: "get", path: "/bureau/household-join-requests" },
    {
      method: "post",
      path: `/bureau/households/${target.householdId}/assign`,
      body: { cooperative_id: target.tenant.cooperative.id },
    },
    {
      method: "post",
      path: `/bureau/household-join-requests/${target.joinRequestId}/approve`,
      body: {},
    },
    {
      method: "post",
      path: `/bureau/household-join-requests/${target.joinRequestId}/reject`,
      body: { note: "no" },
    },
  ]

  const targetsObject = (route: Route, owner: TenantObjects) =>
    [
      owner.householdId,
      owner.productId,
      owner.variantId,
      owner.batchId,
      owner.tenant.cooperative.id,
      owner.registryNumber,
      owner.orderId,
      owner.certificationId,
      owner.joinRequestId,
      owner.agreementId,
      owner.payoutId,
      owner.disputeId,
      owner.documentId,
      owner.registryImportId,
      owner.aidImportId,
      owner.runId,
      owner.flagId,
      owner.caseId,
    ].some(
      (id) =>
        route.path.includes(id) || JSON.stringify(route.body ?? {}).includes(id)
    )

  async function call(route: Route, actor?: Actor) {
    const pending =
      route.method === "post"
        ? request().post(route.path)
        : route.method === "delete"
          ? request().delete(route.path)
          : request().get(route.path)
    if (actor) pending.set(actor.headers)
    return route.method === "post" ? pending.send(route.body ?? {}) : pending
  }

  // Identifiers and personal data of `owner` that must never reach anyone else.
  function secretsOf(owner: TenantObjects): string[] {
    return [
      owner.householdId,
      owner.registryNumber,
      owner.idNumber,
      owner.headName,
      owner.productId,
      owner.variantId,
      owner.batchId,
      owner.traceCode,
      owner.orderId,
      owner.certificationId,
      owner.joinRequestId,
      owner.agreementId,
      owner.payoutId,
      owner.disputeId,
      owner.documentId,
      owner.registryImportId,
      owner.aidImportId,
      owner.runId,
      owner.flagId,
      owner.caseId,
      owner.tenant.cooperative.id,
      owner.tenant.cooperative.handle,
    ]
  }

  function expectNoneOf(body: unknown, secrets: string[], label: string) {
    const text = JSON.stringify(body)
    for (const secret of secrets) {
      if (text.includes(secret)) {
        throw new Error(`${label} leaked ${secret}: ${text.slice(0, 300)}`)
      }
    }
  }

  it("refuses every vendor route to anonymous callers, customers, reviewers and operators", async () => {
    let checked = 0
    for (const route of vendorRoutes(a)) {
      for (const [name, actor] of [
        ["anonymous", undefined],
        ["customer", customer],
        ["bureau user", liangshan],
        ["operator", admin],
      ] as const) {
        const response = await call(route, actor)
        if (response.status !== 401) {
          throw new Error(
            `${name} ${route.method} ${route.path}: ${response.status}`
          )
        }
        expectNoneOf(response.body, secretsOf(a), `${name} ${route.path}`)
        checked++
      }
    }
    expect(checked).toBe(vendorRoutes(a).length * 4)
  })

  // Our routes under /admin: the operator's alone.
  const adminRoutes = (target: TenantObjects): Route[] => [
    { method: "get", path: `/admin/orders/${target.orderId}/attribution` },
    { method: "get", path: "/admin/attribution/reconciliation" },
    { method: "post", path: "/admin/attribution/reconciliation", body: {} },
    { method: "get", path: "/admin/linkage/consistency" },
    { method: "get", path: "/admin/cooperatives" },
    {
      method: "get",
      path: `/admin/cooperatives/${target.tenant.cooperative.id}`,
    },
    { method: "get", path: "/admin/attribution/overview" },
    { method: "get", path: `/admin/orders/${target.orderId}/impact` },
    { method: "get", path: `/admin/orders/${target.orderId}/shipments` },
    { method: "get", path: `/admin/products/${target.productId}/provenance` },
    {
      method: "post",
      path: `/admin/cooperatives/${target.tenant.cooperative.id}/suspend`,
      body: { reason: "抽查" },
    },
    {
      method: "post",
      path: `/admin/cooperatives/${target.tenant.cooperative.id}/reinstate`,
      body: { reason: "恢复" },
    },
  ]

  it("refuses our admin routes to anonymous callers, customers, cooperatives and reviewers", async () => {
    for (const route of adminRoutes(a)) {
      for (const [name, actor] of [
        ["anonymous", undefined],
        ["customer", customer],
        ["cooperative", a.tenant],
        ["bureau user", liangshan],
      ] as const) {
        const response = await call(route, actor)
        if (response.status !== 401) {
          throw new Error(
            `${name} ${route.method} ${route.path}: ${response.status}`
          )
        }
        expectNoneOf(response.body, secretsOf(a), `${name} ${route.path}`)
      }
    }
    const own = await call(adminRoutes(a)[0], admin)
    expect(own.status).toBe(200)
    const missing = await call(
      { method: "get", path: "/admin/orders/order_missing/attribution" },
      admin
    )
    expect(missing.status).toBe(404)
  })

  it("refuses every bureau route to anonymous callers, customers, cooperatives and operators", async () => {
    for (const route of bureauRoutes(a)) {
      for (const [name, actor] of [
        ["anonymous", undefined],
        ["customer", customer],
        ["cooperative", b.tenant],
        ["operator", admin],
      ] as const) {
        const response = await call(route, actor)
        if (response.status !== 401) {
          throw new Error(
            `${name} ${route.method} ${route.path}: ${response.status}`
          )
        }
      }
    }
  })

  it("gives a cooperative a 404 for every object of another, and none of its data", async () => {
    const aimed = vendorRoutes(a).filter((route) => targetsObject(route, a))
    expect(aimed).toHaveLength(27)
    for (const route of aimed) {
      const response = await call(route, b.tenant)
      if (response.status !== 404) {
        throw new Error(
          `cooperative B ${route.method} ${route.path}: ${response.status} ${JSON.stringify(response.body)}`
        )
      }
      const named = secretsOf(a).filter(
        (s) =>
          !route.path.includes(s) &&
          !JSON.stringify(route.body ?? {}).includes(s)
      )
      expectNoneOf(response.body, named, route.path)
    }
  })

  it("keeps every vendor list free of another cooperative's data", async () => {
    const lists = vendorRoutes(a).filter(
      (route) => route.method === "get" && !targetsObject(route, a)
    )
    expect(lists.length).toBe(16)
    for (const route of lists) {
      const response = await call(route, b.tenant)
      expect(response.status).toBe(200)
      expectNoneOf(response.body, secretsOf(a), `cooperative B ${route.path}`)
    }
  })

  it("gives a reviewer a 404 for every object outside the jurisdiction, and none of its data", async () => {
    const aimed = bureauRoutes(a).filter((route) => targetsObject(route, a))
    expect(aimed).toHaveLength(33)
    for (const route of aimed) {
      const response = await call(route, cangxi)
      if (response.status !== 404) {
        throw new Error(
          `Cangxi reviewer ${route.method} ${route.path}: ${response.status}`
        )
      }
      expectNoneOf(
        response.body,
        secretsOf(a).filter((s) => !route.path.includes(s)),
        route.path
      )
    }
    for (const route of bureauRoutes(a).filter(
      (r) => r.method === "get" && !targetsObject(r, a)
    )) {
      const response = await call(route, cangxi)
      expect(response.status).toBe(200)
      expectNoneOf(response.body, secretsOf(a), `Cangxi reviewer ${route.path}`)
    }
  })

  it("lets each tenant reach its own objects", async () => {
    for (const route of vendorRoutes(a).filter((r) => r.method === "get")) {
      expect([route.path, (await call(route, a.tenant)).status]).toEqual([
        route.path,
        200,
      ])
    }
    for (const route of bureauRoutes(a).filter((r) => r.method === "get")) {
      expect([route.path, (await call(route, liangshan)).status]).toEqual([
        route.path,
        200,
      ])
    }
  })

  it("forbids staff who are not the owner from inviting (403) and spends invites once", async () => {
    const invite = await request()
      .post("/vendor/invites")
      .set(a.tenant.headers)
      .send({ email: "member@a.coop" })
    expect(invite.status).toBe(201)
    const registration = await request()
      .post("/auth/cooperative_user/emailpass/register")
      .send({ email: "member@a.coop", password: TEST_PASSWORD })
    const accepted = await request()
      .post("/vendor/invites/accept")
      .set("authorization", `Bearer ${registration.body.token}`)
      .send({ token: invite.body.token })
    expect(accepted.status).toBe(200)
    const member = await loginAs(request, "cooperative_user", "member@a.coop")
    const me = await request().get("/vendor/me").set(member.headers)
    expect(me.body.cooperative.id).toBe(a.tenant.cooperative.id)
    expect(me.body.user.role).toBe("member")
    const forbidden = await request()
      .post("/vendor/invites")
      .set(member.headers)
      .send({ email: "other@a.coop" })
    expect(forbidden.status).toBe(403)
    const other = await request()
      .post("/auth/cooperative_user/emailpass/register")
      .send({ email: "other@a.coop", password: TEST_PASSWORD })
    const reused = await request()
      .post("/vendor/invites/accept")
      .set("authorization", `Bearer ${other.body.token}`)
      .send({ token: invite.body.token })
    expect(reused.status).toBe(400)
  })

  // The console runs on its own origin and calls /vendor and /bureau from
  // the browser; Medusa only sets CORS for /store, /admin and /auth.
  it("answers the console's origin with CORS on vendor and bureau routes, and no other origin", async () => {
    const consoleOrigin = "http://localhost:7001"
    for (const path of ["/vendor/me", "/bureau/me"]) {
      const preflight = await request()
        .options(path)
        .set("origin", consoleOrigin)
        .set("access-control-request-method", "GET")
        .set("access-control-request-headers", "authorization")
      expect(preflight.status).toBe(204)
      expect(preflight.headers["access-control-allow-origin"]).toBe(
        consoleOrigin
      )
      const stranger = await request()
        .options(path)
        .set("origin", "http://evil.example")
        .set("access-control-request-method", "GET")
      expect(stranger.headers["access-control-allow-origin"]).toBeUndefined()
    }
    const me = await request()
      .get("/vendor/me")
      .set(a.tenant.headers)
      .set("origin", consoleOrigin)
    expect(me.status).toBe(200)
    expect(me.headers["access-control-allow-origin"]).toBe(consoleOrigin)
    const counties = await request()
      .get("/store/counties")
      .set("x-publishable-api-key", base.publishableKey)
      .set("origin", consoleOrigin)
    expect(counties.headers["access-control-allow-origin"]).toBe(consoleOrigin)
  })

  // The product page's store routes (and the address cascade) are public:
  // the same answer for anyone
  // with the shop's key (a signed-in actor sees nothing more), Medusa's 400
  // without one, and never a household.
  it("answers the product page's store routes alike to everyone with the key, and names no household", async () => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["handle"],
      filters: { id: a.productId },
    })
    const households = [a, b].flatMap((t) => [
      t.householdId,
      t.registryNumber,
      t.idNumber,
      t.headName,
    ])
    for (const path of [
      `/store/product-pages/${product.handle}`,
      "/store/product-changes?since=2026-01-01T00:00:00Z",
      "/store/divisions?parent=513400",
    ]) {
      const refused = await request().get(path)
      expect(refused.status).toBe(400)
      const answers: unknown[] = []
      for (const [name, actor] of [
        ["anonymous", undefined],
        ["customer", customer],
        ["cooperative", a.tenant],
        ["bureau user", liangshan],
        ["operator", admin],
      ] as const) {
        const response = await request()
          .get(path)
          .set({
            "x-publishable-api-key": base.publishableKey,
            ...(actor?.headers ?? {}),
          })
        expect(response.status).toBe(200)
        expectNoneOf(response.body, households, `${name} ${path}`)
        answers.push(response.body)
      }
      // The list of changed products moves as the suite's events land;
      // the page is one answer for all.
      if (path.startsWith("/store/product-pages")) {
        for (const answer of answers) expect(answer).toEqual(answers[0])
      }
    }
  })
})
