import { Modules } from "@medusajs/framework/utils"
import { type BaseStore, seedBaseStore } from "../../../../seed/src/base-store"
import { type Actor, operator, registerCustomer } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import { captureOrderPayment, checkout } from "../../../helpers/checkout"
import { eventually } from "../../../helpers/eventually"
import { ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  type CooperativeTenant,
  createCounties,
  registerApprovedCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

// Anything that looks like a resident ID number or a mainland mobile number.
const ID_PATTERN = /(?<!\d)\d{17}[\dXx](?!\d)/
const PHONE_PATTERN = /(?<!\d)1[3-9]\d{9}(?!\d)/

describeHttp("personal data never leaks", ({ request, getContainer }) => {
  let base: BaseStore
  let coop: CooperativeTenant
  let bureau: Actor
  let admin: Actor
  const seen: { where: string; text: string }[] = []
  const restores: (() => void)[] = []

  const people = [0, 1, 2].map((i) => ({
    id_number: syntheticIdNumber("513431", `1970020${i + 1}`, `10${i}`),
    phone: `1380013${String(i).padStart(4, "0")}`,
  }))

  function capture(where: string, value: unknown) {
    let text: string
    try {
      text = typeof value === "string" ? value : JSON.stringify(value)
    } catch {
      text = String(value)
    }
    seen.push({ where, text: text ?? "" })
  }

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE])
    ;({ coop, bureau } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@leaks.coop",
        name: "合作社",
        handle: "leaks",
        county_code: "513431",
        serial: "MA6LK0001",
      },
      { email: "r@leaks.gov.cn", name: "审核", jurisdiction_code: "5134" }
    ))

    // From here on, watch the logger, the console, stdout and the event bus.
    const container = getContainer()
    const logger = container.resolve("logger") as unknown as Record<
      string,
      (...args: unknown[]) => unknown
    >
    for (const level of [
      "info",
      "warn",
      "error",
      "debug",
      "log",
      "http",
      "verbose",
    ]) {
      if (typeof logger[level] === "function") {
        const spy = jest
          .spyOn(logger, level)
          .mockImplementation((...args: unknown[]) =>
            capture(`log.${level}`, args)
          )
        restores.push(() => spy.mockRestore())
      }
    }
    for (const method of ["log", "info", "warn", "error"] as const) {
      const original = console[method]
      console[method] = (...args: unknown[]) => {
        capture(`console.${method}`, args.map(String).join(" "))
      }
      restores.push(() => (console[method] = original))
    }
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const emit = eventBus.emit.bind(eventBus)
    const spy = jest
      .spyOn(eventBus, "emit")
      .mockImplementation(async (...args: Parameters<typeof emit>) => {
        capture("event", args[0])
        return emit(...args)
      })
    restores.push(() => spy.mockRestore())
  })

  afterAll(() => restores.forEach((restore) => restore()))

  it("finds no unmasked ID number or phone in any response, log line or event", async () => {
    const send = async (
      label: string,
      pending: PromiseLike<{ status: number; body: unknown; text?: string }>
    ) => {
      const response = await pending
      capture(`response ${label}`, response.text || response.body)
      return response
    }
    const ids: string[] = []
    for (const [i, person] of people.entries()) {
      const created = await send(
        "register",
        request()
          .post("/vendor/households")
          .set(coop.headers)
          .send({
            registry_number: `51343102020${i}`,
            county_code: "513431",
            township: "竹核乡",
            village: "木渣洛村",
            head_name: "吉克曲布",
            id_number: person.id_number,
            phone: person.phone,
            member_count: 4,
          })
      )
      expect(created.status).toBe(201)
      ids.push((created.body as { household: { id: string } }).household.id)
    }
    // Error paths echo input most easily: duplicate person, bad check digit,
    // wrong types, wrong proof of identity.
    const duplicate = await send(
      "duplicate",
      request().post("/vendor/households").set(coop.headers).send({
        registry_number: "513431029999",
        county_code: "513431",
        township: "t",
        village: "v",
        head_name: "h",
        id_number: people[0].id_number,
        phone: people[0].phone,
        member_count: 1,
      })
    )
    expect(duplicate.status).toBe(409)
    const badDigit =
      people[1].id_number.slice(0, 17) +
      (people[1].id_number[17] === "0" ? "1" : "0")
    expect(
      (
        await send(
          "bad digit",
          request()
            .post("/vendor/households")
            .set(coop.headers)
            .send({ id_number: badDigit })
        )
      ).status
    ).toBe(400)
    // Wrong types inside an otherwise valid body: a formatter that echoes
    // the received value would put the number in the response.
    const valid = {
      registry_number: "513431028888",
      county_code: "513431",
      township: "t",
      village: "v",
      head_name: "h",
      id_number: people[2].id_number,
      phone: people[2].phone,
      member_count: 1,
    }
    for (const body of [
      { ...valid, phone: Number(people[2].phone) },
      { ...valid, id_number: Number(people[2].id_number.replace(/X$/, "0")) },
    ]) {
      const response = await send(
        "wrong type",
        request().post("/vendor/households").set(coop.headers).send(body)
      )
      expect(response.status).toBe(400)
    }
    await send(
      "link without proof",
      request().post("/vendor/households/link").set(coop.headers).send({
        registry_number: "513431020200",
        id_number: people[1].id_number,
      })
    )
    await send(
      "update",
      request()
        .post(`/vendor/households/${ids[0]}`)
        .set(coop.headers)
        .send({ phone: "13900139000" })
    )
    const product = await createProduct(request, coop, buckwheatTea())
    const batch = await send(
      "batch",
      request()
        .post("/vendor/batches")
        .set(coop.headers)
        .send({
          variant_id: product.variants[0].id,
          harvested_at: "2026-09-01",
          village: "木渣洛村",
          quantity: 30,
          unit: "kg",
          contributions: ids.map((id) => ({ household_id: id, quantity: 10 })),
        })
    )
    const { id: batchId, trace_code } = (
      batch.body as { batch: { id: string; trace_code: string } }
    ).batch
    const store = { "x-publishable-api-key": base.publishableKey }
    // A customer's order of the batch, paid: its ledger and the impact
    // receipt name the households.
    const buyer = await registerCustomer(
      request,
      base.publishableKey,
      "leaks@example.com"
    )
    const { order } = await checkout(request, {
      publishableKey: base.publishableKey,
      items: [{ variant_id: product.variants[0].id, quantity: 2 }],
      email: "leaks@example.com",
      customerToken: buyer.token,
    })
    await captureOrderPayment(request, admin, order.id)
    await eventually(async () => {
      const ledger = await request()
        .get(`/admin/orders/${order.id}/attribution`)
        .set(admin.headers)
      expect(JSON.stringify(ledger.body)).toContain("household")
    })
    // A benefit-linkage agreement with a household and a payout under it,
    // reversed: what they answer names the household by id only.
    const agreement = await send(
      "agreement",
      request().post("/vendor/agreements").set(coop.headers).send({
        kind: "purchase",
        household_id: ids[0],
        starts_on: "2026-01-01",
        floor_price: 900,
        unit: "kg",
      })
    )
    const agreementId = (agreement.body as { agreement: { id: string } })
      .agreement.id
    const payout = await send(
      "payout",
      request().post("/vendor/payouts").set(coop.headers).send({
        agreement_id: agreementId,
        amount: 9000,
        paid_on: "2026-09-03",
        method: "bank_transfer",
        reference: "BANK-0001",
      })
    )
    const payoutId = (payout.body as { payout: { id: string } }).payout.id
    // Its receipt, kept as a document of the cooperative.
    await send(
      "evidence document",
      request()
        .post("/vendor/documents")
        .set(coop.headers)
        .send({
          filename: "回单.pdf",
          content: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
        })
    )
    await send(
      "payout reversal",
      request()
        .post(`/vendor/payouts/${payoutId}/reverse`)
        .set(coop.headers)
        .send({ reference: "BANK-0001-R", reason: "金额有误" })
    )
    // A payment the household disputes on its slip's page.
    const disputed = await send(
      "payout to dispute",
      request().post("/vendor/payouts").set(coop.headers).send({
        agreement_id: agreementId,
        amount: 4000,
        paid_on: "2026-09-04",
        method: "cash",
        reference: "CASH-0001",
      })
    )
    const slip = await send(
      "payout slip",
      request()
        .post(
          `/vendor/payouts/${(disputed.body as { payout: { id: string } }).payout.id}/slip`
        )
        .set(coop.headers)
        .send({})
    )
    const slipToken = (slip.body as { slip: { url: string } }).slip.url.split(
      "/p/"
    )[1]
    await send(
      "slip answer",
      request()
        .post(`/store/payout-slips/${slipToken}`)
        .set({ "x-publishable-api-key": base.publishableKey })
        .send({ outcome: "not_received" })
    )
    const reads: [string, string, Record<string, string>][] = [
      ["vendor agreements", "/vendor/agreements", coop.headers],
      ["vendor payouts", "/vendor/payouts", coop.headers],
      ["vendor obligations", "/vendor/obligations", coop.headers],
      ["vendor documents", "/vendor/documents", coop.headers],
      [
        "vendor member statement",
        `/vendor/households/${ids[0]}/statement?year=2026`,
        coop.headers,
      ],
      [
        "store payout slip",
        `/store/payout-slips/${slipToken}`,
        { "x-publishable-api-key": base.publishableKey },
      ],
      ["bureau payout disputes", "/bureau/payout-disputes", bureau.headers],
      ["bureau benefit report", "/bureau/reports/benefit", bureau.headers],
      [
        "bureau benefit report by household",
        `/bureau/reports/benefit?group_by=household&cooperative_id=${coop.cooperative.id}`,
        bureau.headers,
      ],
      [
        "bureau benefit report by household, CSV",
        `/bureau/reports/benefit?group_by=household&cooperative_id=${coop.cooperative.id}&format=csv`,
        bureau.headers,
      ],
      [
        "bureau late payments",
        "/bureau/reports/late-payments?days=0",
        bureau.headers,
      ],
      [
        "bureau late payments, CSV",
        "/bureau/reports/late-payments?days=0&format=csv",
        bureau.headers,
      ],
      [
        "bureau floor compliance",
        "/bureau/reports/floor-compliance?days=0",
        bureau.headers,
      ],
      ["vendor households", "/vendor/households", coop.headers],
      ["vendor household", `/vendor/households/${ids[0]}`, coop.headers],
      ["vendor batches", "/vendor/batches", coop.headers],
      ["vendor batch", `/vendor/batches/${batchId}`, coop.headers],
      ["vendor me", "/vendor/me", coop.headers],
      ["bureau households", "/bureau/households", bureau.headers],
      ["bureau household", `/bureau/households/${ids[1]}`, bureau.headers],
      ["bureau audit log", "/bureau/audit-log", bureau.headers],
      [
        "vendor join requests",
        "/vendor/households/join-requests",
        coop.headers,
      ],
      [
        "bureau join requests",
        "/bureau/household-join-requests",
        bureau.headers,
      ],
      [
        "bureau assignment proposals",
        "/bureau/household-join-requests?initiated_by=bureau&status=pending",
        bureau.headers,
      ],
      ["store trace", `/store/trace/${trace_code}`, store],
      ["store provenance", `/store/products/${product.id}/provenance`, store],
      [
        "operator provenance",
        `/admin/products/${product.id}/provenance`,
        admin.headers,
      ],
      [
        "store product page",
        "/store/product-pages/tartary-buckwheat-tea",
        store,
      ],
      [
        "store product changes",
        "/store/product-changes?since=2026-01-01T00:00:00Z",
        store,
      ],
      ["store cooperative", "/store/cooperatives/leaks", store],
      ["store county", "/store/counties/513431", store],
      ["vendor order", `/vendor/orders/${order.id}`, coop.headers],
      [
        "vendor order ledger",
        `/vendor/orders/${order.id}/attribution`,
        coop.headers,
      ],
      ["operator cooperatives", "/admin/cooperatives", admin.headers],
      [
        "operator cooperative history",
        `/admin/cooperatives/${coop.cooperative.id}`,
        admin.headers,
      ],
      [
        "operator attribution overview",
        "/admin/attribution/overview",
        admin.headers,
      ],
      [
        "operator attribution overview, CSV",
        "/admin/attribution/overview?format=csv",
        admin.headers,
      ],
      [
        "operator impact receipt",
        `/admin/orders/${order.id}/impact`,
        admin.headers,
      ],
      [
        "operator order ledger",
        `/admin/orders/${order.id}/attribution`,
        admin.headers,
      ],
      [
        "operator order parcels",
        `/admin/orders/${order.id}/shipments`,
        admin.headers,
      ],
      [
        "store order parcels",
        `/store/orders/${order.id}/shipments`,
        { ...store, ...buyer.headers },
      ],
      [
        "vendor orders awaiting shipment",
        "/vendor/orders?shipping_status=awaiting_shipment",
        coop.headers,
      ],
      [
        "store order impact",
        `/store/orders/${order.id}/impact`,
        { ...store, ...buyer.headers },
      ],
      [
        "vendor household attribution",
        "/vendor/attribution?view=household",
        coop.headers,
      ],
      [
        "bureau household report",
        "/bureau/reports/attribution?group_by=household&grain=year",
        bureau.headers,
      ],
    ]
    for (const [label, path, headers] of reads) {
      expect([
        label,
        (await send(label, request().get(path).set(headers))).status,
      ]).toEqual([label, 200])
    }
    await send(
      "verify",
      request()
        .post(`/bureau/households/${ids[1]}/verify`)
        .set(bureau.headers)
        .send({ decision: "verified" })
    )
    await send(
      "status",
      request()
        .post(`/bureau/households/${ids[2]}/status`)
        .set(bureau.headers)
        .send({ status: "monitored", year: 2026 })
    )

    // The county's registry imported, then again with a changed phone
    // (an audit entry), with a row whose ID has a wrong check digit: the
    // import, its error report (JSON and CSV) and the audit log name no ID
    // or phone.
    const registryPerson = {
      id_number: syntheticIdNumber("513431", "19660606", "166"),
      phone: "13700137001",
    }
    const registryBad =
      registryPerson.id_number.slice(0, 17) +
      (registryPerson.id_number[17] === "0" ? "1" : "0")
    const registryFile = (phone: string) =>
      [
        "户编号,户主姓名,身份证号,联系电话,家庭人口,县代码,乡镇,行政村",
        `5134310266001,木乃伍沙,${registryPerson.id_number},${phone},3,513431,竹核乡,木渣洛村`,
        `5134310266002,错号户,${registryBad},13700137002,3,513431,竹核乡,木渣洛村`,
      ].join("\n")
    for (const phone of [registryPerson.phone, "13700137009"]) {
      const opened = await send(
        "registry import",
        request()
          .post("/bureau/registry/imports")
          .set(bureau.headers)
          .send({ filename: "registry.csv" })
      )
      const importId = (opened.body as { import: { id: string } }).import.id
      await send(
        "registry file",
        request()
          .post(`/bureau/registry/imports/${importId}/file`)
          .set(bureau.headers)
          .set("content-type", "text/csv")
          .send(registryFile(phone))
      )
      for (const path of [
        `/bureau/registry/imports/${importId}`,
        `/bureau/registry/imports/${importId}/errors`,
        `/bureau/registry/imports/${importId}/errors?format=csv`,
      ]) {
        await send("registry read", request().get(path).set(bureau.headers))
      }
    }
    for (const path of [
      "/bureau/reports/coverage?group_by=township",
      "/bureau/reports/unbound",
      "/bureau/reports/unbound?format=csv",
      "/bureau/reports/poverty-line?format=csv",
      "/bureau/registry/missing",
    ]) {
      await send("coverage", request().get(path).set(bureau.headers))
    }
    const registryAudit = await send(
      "audit log after the registry",
      request().get("/bureau/audit-log?limit=100").set(bureau.headers)
    )
    expect(JSON.stringify(registryAudit.body)).toContain(
      "household.registry_updated"
    )

    // Aid oversight: an aid list naming households by their heads' ID
    // numbers (one known, one nobody has, one with a wrong check digit),
    // aid posted by ID number, shock events, a run of the rules, and every
    // read a reviewer makes of flags, cases and timelines.
    const year = new Date().getUTCFullYear()
    const nobody = syntheticIdNumber("513431", "19991231", "999")
    const aidList = [
      "身份证号,帮扶类别,帮扶单位,用途,金额（元）,发放日期,凭证号",
      `${registryPerson.id_number},低保,县民政局,低保金,400,${year}-01-05,MZ-1`,
      `${registryPerson.id_number},小额信贷,县信用社,贴息,900,${year}-02-05,XD-1`,
      `${nobody},结对帮扶,某局,慰问,100,${year}-01-05,P-1`,
      `${registryBad},结对帮扶,某局,慰问,100,${year}-01-05,P-2`,
    ].join("\n")
    const aidImport = await send(
      "aid import",
      request()
        .post("/bureau/aid/imports")
        .set(bureau.headers)
        .send({ filename: "aid.csv" })
    )
    const aidImportId = (aidImport.body as { import: { id: string } }).import.id
    const aidSent = await send(
      "aid file",
      request()
        .post(`/bureau/aid/imports/${aidImportId}/file`)
        .set(bureau.headers)
        .set("content-type", "text/csv")
        .send(aidList)
    )
    expect(aidSent.body).toMatchObject({
      import: { rows_created: 2, rows_failed: 2 },
    })
    await send(
      "aid posted",
      request()
        .post("/bureau/aid/records")
        .set(bureau.headers)
        .send({
          records: [
            {
              id_number: registryPerson.id_number,
              source_kind: "medical",
              giver: "县医保局",
              purpose: "大病救助",
              amount: 50_000,
              given_on: `${year}-03-01`,
              reference: "YB-1",
            },
            {
              id_number: nobody,
              source_kind: "medical",
              giver: "县医保局",
              purpose: "大病救助",
              amount: 50_000,
              given_on: `${year}-03-01`,
              reference: "YB-2",
            },
          ],
        })
    )
    await send(
      "shock by cooperative",
      request()
        .post(`/vendor/households/${ids[0]}/shock-events`)
        .set(coop.headers)
        .send({ kind: "illness", occurred_on: `${year}-02-01` })
    )
    await send(
      "shock by reviewer",
      request()
        .post(`/bureau/households/${ids[1]}/shock-events`)
        .set(bureau.headers)
        .send({ kind: "accident", occurred_on: `${year}-02-02` })
    )
    const run = await send(
      "oversight run",
      request().post("/bureau/oversight/runs").set(bureau.headers).send({})
    )
    const runId = (run.body as { run: { id: string } }).run.id
    await eventually(
      async () => {
        const polled = await request()
          .get(`/bureau/oversight/runs/${runId}`)
          .set(bureau.headers)
        expect(polled.body.run.status).toBe("completed")
      },
      { timeoutMs: 60_000, intervalMs: 200 }
    )
    const flags = await send(
      "flags",
      request().get("/bureau/oversight/flags").set(bureau.headers)
    )
    const cases = await send(
      "cases",
      request().get("/bureau/oversight/cases").set(bureau.headers)
    )
    const flagIds = (flags.body as { flags: { id: string }[] }).flags.map(
      (f) => f.id
    )
    const caseIds = (cases.body as { cases: { id: string }[] }).cases.map(
      (c) => c.id
    )
    expect(flagIds.length).toBeGreaterThan(0)
    expect(caseIds.length).toBeGreaterThan(0)
    for (const path of [
      `/bureau/aid/imports/${aidImportId}`,
      `/bureau/aid/imports/${aidImportId}/errors`,
      `/bureau/aid/imports/${aidImportId}/errors?format=csv`,
      "/bureau/aid/imports",
      `/bureau/oversight/runs/${runId}`,
      "/bureau/oversight/runs",
      "/bureau/oversight/settings",
      "/bureau/oversight/flags?format=csv&status=all",
      "/bureau/oversight/cases?format=csv&status=all",
      "/bureau/reports/oversight?format=csv",
      ...flagIds.map((id) => `/bureau/oversight/flags/${id}`),
      ...caseIds.map((id) => `/bureau/oversight/cases/${id}`),
      ...ids.map((id) => `/bureau/households/${id}/streams`),
      ...ids.map((id) => `/bureau/households/${id}/aid`),
      "/bureau/reviewers",
    ]) {
      await send("oversight read", request().get(path).set(bureau.headers))
    }
    // A reviewer of the county reveals one household's identity for a
    // stated purpose: the one answer that carries it in clear (kept out of
    // the scan, checked here); the cooperative that registered the
    // household is refused. Logs, events and the audit log stay clean.
    const revealed = await request()
      .post(`/bureau/households/${ids[1]}/reveal`)
      .set(bureau.headers)
      .send({ purpose: "registry_check" })
    expect(revealed.status).toBe(200)
    expect(revealed.body.identity).toMatchObject({
      id_number: people[1].id_number,
      phone: people[1].phone,
    })
    const coopReveal = await send(
      "reveal by cooperative",
      request()
        .post(`/bureau/households/${ids[1]}/reveal`)
        .set(coop.headers)
        .send({ purpose: "registry_check" })
    )
    expect(coopReveal.status).toBe(401)
    // The operator suspends and reinstates the cooperative: its answers and
    // the audit entries name no one's identity either.
    for (const change of ["suspend", "reinstate"]) {
      const changed = await send(
        `operator ${change}`,
        request()
          .post(`/admin/cooperatives/${coop.cooperative.id}/${change}`)
          .set(admin.headers)
          .send({ reason: "抽查核实" })
      )
      expect([change, changed.status]).toEqual([change, 200])
    }
    await send(
      "audit log facets",
      request().get("/bureau/audit-log/facets").set(bureau.headers)
    )
    await send(
      "audit log after oversight",
      request().get("/bureau/audit-log?limit=100").set(bureau.headers)
    )

    expect(
      seen.filter((s) => s.where.startsWith("response")).length
    ).toBeGreaterThanOrEqual(20)
    expect(seen.some((s) => s.where === "event")).toBe(true)
    const secrets = [
      ...people.flatMap((p) => [p.id_number, p.phone]),
      "13900139000",
      badDigit,
      registryPerson.id_number,
      registryPerson.phone,
      registryBad,
      "13700137002",
      "13700137009",
      nobody,
    ]
    for (const { where, text } of seen) {
      for (const secret of secrets) {
        if (text.includes(secret))
          throw new Error(`${where} contains ${secret}: ${text.slice(0, 200)}`)
      }
      if (ID_PATTERN.test(text) || PHONE_PATTERN.test(text)) {
        throw new Error(
          `${where} contains something shaped like an ID number or phone: ${text.slice(0, 300)}`
        )
      }
    }
  })

  // Last in the file: it spends this address's slip budget.
  it("throttles guessing at slip links: refused requests count, 30 a minute per address", async () => {
    const store = { "x-publishable-api-key": base.publishableKey }
    const guesses = []
    for (let i = 0; i < 30; i++) {
      guesses.push(
        (
          await request()
            .get(`/store/payout-slips/${String(i).padStart(32, "G")}`)
            .set(store)
        ).status
      )
    }
    expect(guesses).toEqual(Array(30).fill(404))
    const limited = await request()
      .get(`/store/payout-slips/${"H".repeat(32)}`)
      .set(store)
    expect(limited.status).toBe(429)
    expect(limited.body.message).toContain("Too many slip requests")
    expect(limited.headers["retry-after"]).toBeDefined()
  })
})
