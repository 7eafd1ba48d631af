import { chinaToday } from "@tianfu/domain"
import runOversightRulesJob from "../../../../backend/src/jobs/run-oversight-rules"
import { type Actor, operator } from "../../../helpers/actors"
import { eventually } from "../../../helpers/eventually"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerApprovedCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

const YEAR = Number(chinaToday().slice(0, 4))
const REGISTRY_HEADER =
  "户编号,户主姓名,身份证号,家庭人口,县代码,乡镇,行政村,识别年度,脱贫年度,状态,收入年度,务工收入,转移性收入,财产性收入,两线合一"
const AID_HEADER =
  "户编号,身份证号,帮扶类别,帮扶单位,用途,金额（元）,发放日期,凭证号"

// Aid oversight through HTTP, as a county bureau would work it: the
// registry imported, aid lists from several helpers imported, the rules run
// on demand, the flag and case queues worked — with fixture households of
// known overlaps, one per rule, and households that must not be flagged.
describeHttp("aid oversight", ({ request, getContainer }) => {
  let reviewer: Actor
  let colleague: Actor & { id: string }
  let cangxi: Actor & { id: string }
  let coop: CooperativeTenant
  let memberHousehold: string
  let aidImportId: string

  const ID = (seq: string) => syntheticIdNumber(ZHAOJUE.code, "19700101", seq)
  // Registry numbers by what each household is for.
  const H = {
    omitted: "5134310301O001",
    many: "5134310301M001",
    repeated: "5134310301R001",
    twoHorses: "5134310301T001",
    // The registry allows this one both supports (兜底保障).
    allowedBoth: "5134310301T002",
    quiet: "5134310301Q001",
    liftedLow: "5134310301L001",
    liftedOk: "5134310301L002",
    liftedUnknown: "5134310301L003",
    // Five villages of one township: 甲 gets 250% of the township's aid
    // per member, the others 62.5% (within 50–200%).
    rich: "5134310302V001",
    v2: "5134310302V002",
    v3: "5134310302V003",
    v4: "5134310302V004",
    v5: "5134310302V005",
  }
  const registryRow = (
    number: string,
    seq: string,
    over: {
      township?: string
      village?: string
      members?: number
      lifted?: boolean
      wage?: string
      dual?: string
    } = {}
  ) =>
    [
      number,
      "户主",
      ID(seq),
      over.members ?? 4,
      ZHAOJUE.code,
      over.township ?? "竹核乡",
      over.village ?? "大温泉村",
      2014,
      over.lifted ? 2020 : "",
      over.lifted ? "已脱贫" : "未脱贫",
      over.wage ? YEAR : "",
      over.wage ?? "",
      over.wage ? "0" : "",
      over.wage ? "0" : "",
      over.dual ?? "",
    ].join(",")
  const registry = [
    REGISTRY_HEADER,
    registryRow(H.omitted, "101"),
    registryRow(H.many, "102"),
    registryRow(H.repeated, "103"),
    registryRow(H.twoHorses, "104"),
    registryRow(H.quiet, "105"),
    registryRow(H.allowedBoth, "109", { dual: "是" }),
    // 8,000 yuan for two: 4,000 each, under 1.5 × the 4,000 line.
    registryRow(H.liftedLow, "106", { lifted: true, members: 2, wage: "8000" }),
    registryRow(H.liftedOk, "107", { lifted: true, members: 1, wage: "20000" }),
    registryRow(H.liftedUnknown, "108", { lifted: true }),
    ...[H.rich, H.v2, H.v3, H.v4, H.v5].map((n, i) =>
      registryRow(n, `11${i}`, {
        township: "四开乡",
        village: ["甲村", "乙村", "丙村", "丁村", "戊村"][i],
        lifted: true,
      })
    ),
  ].join("\n")

  const day = (md: string) => `${YEAR}-${md}`
  const aidRows = [
    `${H.many},,结对帮扶,成都市某局,慰问金,500,${day("01-10")},P-1`,
    `${H.many},,东西部协作,浙江某区,产业帮扶,800,${day("02-10")},DX-1`,
    `${H.many},,社会捐赠,某基金会,助学金,300,${day("03-10")},J-1`,
    `${H.repeated},,产业补贴,县农业农村局,春耕种苗补贴,600,${day("03-01")},NY-1`,
    `${H.repeated},,产业补贴,乡政府,春耕 种苗补贴,600,${day("04-15")},XZ-1`,
    // The head's ID number instead of the registry number.
    `,${ID("104")},低保,县民政局,低保金,400,${day("01-05")},MZ-1`,
    `${H.twoHorses},,低保,县民政局,低保金,400,${day("02-05")},MZ-2`,
    `${H.twoHorses},,小额信贷,县信用社,贴息,1000,${day("03-20")},XD-1`,
    `${H.allowedBoth},,低保,县民政局,低保金,400,${day("01-05")},MZ-5`,
    `${H.allowedBoth},,小额信贷,县信用社,贴息,1000,${day("03-20")},XD-2`,
    // The minimum living allowance by the month is not "repeated".
    `${H.quiet},,低保,县民政局,低保金,400,${day("01-05")},MZ-3`,
    `${H.quiet},,低保,县民政局,低保金,400,${day("02-05")},MZ-4`,
    `${H.rich},,产业补贴,县农业农村局,牦牛养殖,4000,${day("05-01")},V-1`,
    `${H.v2},,产业补贴,县农业农村局,牦牛养殖,1000,${day("05-01")},V-2`,
    `${H.v3},,产业补贴,县农业农村局,牦牛养殖,1000,${day("05-01")},V-3`,
    `${H.v4},,产业补贴,县农业农村局,牦牛养殖,1000,${day("05-01")},V-4`,
    `${H.v5},,产业补贴,县农业农村局,牦牛养殖,1000,${day("05-01")},V-5`,
  ]
  // Rows that must be refused: a household of another county, an ID number
  // nobody has, an unknown source, a date in the future.
  const unknownId = syntheticIdNumber(ZHAOJUE.code, "19990909", "999")
  const badRows = [
    `5108240201B001,,结对帮扶,某局,慰问,100,${day("01-01")},BAD-1`,
    `,${unknownId},结对帮扶,某局,慰问,100,${day("01-01")},BAD-2`,
    `${H.quiet},,红包,某局,慰问,100,${day("01-01")},BAD-3`,
    `${H.quiet},,结对帮扶,某局,慰问,100,${YEAR + 1}-01-01,BAD-4`,
  ]
  const aidList = (...rows: string[]) =>
    `\uFEFF${AID_HEADER}\r\n${rows.join("\r\n")}\r\n`

  async function upload(actor: Actor, kind: "registry" | "aid", body: string) {
    const opened = await request()
      .post(`/bureau/${kind}/imports`)
      .set(actor.headers)
      .send({ filename: `${kind}.csv` })
    expect(opened.status).toBe(201)
    const sent = await request()
      .post(`/bureau/${kind}/imports/${opened.body.import.id}/file`)
      .set(actor.headers)
      .set("content-type", "text/csv")
      .send(body)
    expect(sent.status).toBe(200)
    return sent.body.import
  }

  async function runRules(actor: Actor = reviewer) {
    const started = await request()
      .post("/bureau/oversight/runs")
      .set(actor.headers)
      .send({})
    expect(started.status).toBe(202)
    return eventually(
      async () => {
        const run = await request()
          .get(`/bureau/oversight/runs/${started.body.run.id}`)
          .set(actor.headers)
        expect(run.body.run.status).not.toBe("running")
        return run.body.run
      },
      { timeoutMs: 60_000, intervalMs: 200 }
    )
  }

  async function queue(kind: "flags" | "cases", query = "", actor = reviewer) {
    const response = await request()
      .get(`/bureau/oversight/${kind}${query ? `?${query}` : ""}`)
      .set(actor.headers)
    expect(response.status).toBe(200)
    return response.body
  }

  const labelled = (
    flags: {
      rule: string
      household: { registry_number: string } | null
      village: string
    }[]
  ) =>
    flags
      .map((f) => `${f.rule}:${f.household?.registry_number ?? f.village}`)
      .sort()

  beforeAll(async () => {
    const admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    ;({ coop, bureau: reviewer } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@oversight.coop",
        name: "昭觉县监测测试合作社",
        handle: "oversight-zj",
        county_code: ZHAOJUE.code,
        serial: "MA6QRT001",
      },
      {
        email: "zj@oversight.gov",
        name: "昭觉县商务局",
        jurisdiction_code: ZHAOJUE.code,
      }
    ))
    colleague = await createBureauUser(request, admin, {
      email: "ls@oversight.gov",
      name: "凉山州商务局",
      jurisdiction_code: "5134",
    })
    cangxi = await createBureauUser(request, admin, {
      email: "cx@oversight.gov",
      name: "苍溪县商务局",
      jurisdiction_code: CANGXI.code,
    })
    const member = await request()
      .post("/vendor/households")
      .set(coop.headers)
      .send({
        registry_number: "5134310399C001",
        county_code: ZHAOJUE.code,
        township: "竹核乡",
        village: "大温泉村",
        head_name: "合作社社员",
        id_number: ID("201"),
        member_count: 3,
      })
    expect(member.status).toBe(201)
    memberHousehold = member.body.household.id
    const imported = await upload(reviewer, "registry", registry)
    expect(imported).toMatchObject({ status: "completed", rows_failed: 0 })
    const aid = await upload(reviewer, "aid", aidList(...aidRows, ...badRows))
    aidImportId = aid.id
    const run = await runRules()
    expect(run.status).toBe("completed")
  })

  it("imports aid lists row by row — by registry number or the head's ID number — reports bad rows by field, and changes nothing the second time", async () => {
    const first = await request()
      .get(`/bureau/aid/imports/${aidImportId}`)
      .set(reviewer.headers)
    expect(first.body.import).toMatchObject({
      kind: "aid",
      status: "completed",
      rows_read: aidRows.length + badRows.length,
      rows_created: aidRows.length,
      rows_failed: badRows.length,
    })
    const errors = await request()
      .get(`/bureau/aid/imports/${aidImportId}/errors`)
      .set(reviewer.headers)
    expect(
      errors.body.errors.map((e: { row: number; field: string }) => [
        e.row,
        e.field,
      ])
    ).toEqual([
      [aidRows.length + 2, "registry_number"],
      [aidRows.length + 3, "id_number"],
      [aidRows.length + 4, "source_kind"],
      [aidRows.length + 5, "given_on"],
    ])
    // Another county's household and an ID nobody has read alike.
    expect(errors.body.errors[0].reason).toBe(errors.body.errors[1].reason)
    expect(JSON.stringify(errors.body)).not.toContain(unknownId)
    const again = await upload(reviewer, "aid", aidList(...aidRows))
    expect(again).toMatchObject({
      status: "completed",
      rows_created: 0,
      rows_updated: 0,
      rows_unchanged: aidRows.length,
    })
    // A registry import list does not show aid lists, nor the other way.
    const registryImports = await request()
      .get("/bureau/registry/imports")
      .set(reviewer.headers)
    expect(
      registryImports.body.imports.map((i: { kind: string }) => i.kind)
    ).toEqual(["registry"])
    const notRegistry = await request()
      .get(`/bureau/registry/imports/${aidImportId}`)
      .set(reviewer.headers)
    expect(notRegistry.status).toBe(404)
  })

  it("flags exactly one household per rule, opens the monitoring case, and leaves every other household alone", async () => {
    const { flags, count } = await queue("flags")
    // The cooperative's member household is not verified against the
    // registry: no registered poor household, so no omitted flag.
    expect(count).toBe(5)
    expect(labelled(flags)).toEqual([
      `imbalance:甲村`,
      `multiple:${H.many}`,
      `omitted:${H.omitted}`,
      `repeated:${H.repeated}`,
      `two_horses:${H.twoHorses}`,
    ])
    const { cases } = await queue("cases")
    expect(
      cases.map(
        (c: {
          category: string
          household: { registry_number: string }
          triggers: { trigger: string }[]
        }) => [
          c.category,
          c.household.registry_number,
          c.triggers.map((t) => t.trigger),
        ]
      )
    ).toEqual([["unstable_lifted", H.liftedLow, ["low_income"]]])
    const repeated = flags.find((f: { rule: string }) => f.rule === "repeated")
    const detail = await request()
      .get(`/bureau/oversight/flags/${repeated.id}`)
      .set(reviewer.headers)
    expect(detail.status).toBe(200)
    expect(
      detail.body.flag.evidence.map((e: { giver: string; amount: number }) => [
        e.giver,
        e.amount,
      ])
    ).toEqual([
      ["县农业农村局", 60_000],
      ["乡政府", 60_000],
    ])
    expect(detail.body.flag.household.head_name).toBe("户*")
    const aid = await request()
      .get(
        `/bureau/households/${detail.body.flag.household.id}/aid?year=${YEAR}`
      )
      .set(reviewer.headers)
    expect(aid.status).toBe(200)
    expect(
      aid.body.aid_records.map((r: { reference: string }) => r.reference)
    ).toEqual(["XZ-1", "NY-1"])
    const text = JSON.stringify([flags, cases, detail.body])
    for (const seq of ["101", "102", "103", "104", "106"]) {
      expect(text).not.toContain(ID(seq))
    }
  })

  it("opens nothing twice, keeps a resolved flag resolved, and opens it again when new evidence arrives", async () => {
    const before = await queue("flags", "status=all")
    const rerun = await runRules()
    expect(rerun).toMatchObject({
      status: "completed",
      flags_opened: 0,
      flags_reopened: 0,
      flags_cleared: 0,
      cases_opened: 0,
    })
    const many = before.flags.find(
      (f: { rule: string }) => f.rule === "multiple"
    )
    const noReason = await request()
      .post(`/bureau/oversight/flags/${many.id}/resolve`)
      .set(reviewer.headers)
      .send({ resolution: "justified" })
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toContain("reason")
    const resolved = await request()
      .post(`/bureau/oversight/flags/${many.id}/resolve`)
      .set(reviewer.headers)
      .send({ resolution: "justified", reason: "三家帮扶各有分工，已核实" })
    expect(resolved.status).toBe(200)
    expect(resolved.body.flag).toMatchObject({
      status: "resolved",
      resolution: "justified",
      resolved_by: { name: "昭觉县商务局" },
    })
    const twice = await request()
      .post(`/bureau/oversight/flags/${many.id}/resolve`)
      .set(reviewer.headers)
      .send({ resolution: "justified", reason: "再次" })
    expect(twice.status).toBe(409)
    await runRules()
    const still = await request()
      .get(`/bureau/oversight/flags/${many.id}`)
      .set(reviewer.headers)
    expect(still.body.flag.status).toBe("resolved")
    // New evidence: a fourth giver, posted by another system.
    const posted = await request()
      .post("/bureau/aid/records")
      .set(reviewer.headers)
      .send({
        records: [
          {
            registry_number: H.many,
            source_kind: "medical",
            giver: "县医保局",
            purpose: "大病救助",
            amount: 250_000,
            given_on: `${YEAR}-06-01`,
            reference: "YB-1",
          },
        ],
      })
    expect(posted.status).toBe(200)
    expect(posted.body).toMatchObject({ created: 1, unchanged: 0, errors: [] })
    const reopenRun = await runRules()
    expect(reopenRun).toMatchObject({ flags_opened: 0, flags_reopened: 1 })
    const reopened = await request()
      .get(`/bureau/oversight/flags/${many.id}`)
      .set(reviewer.headers)
    expect(reopened.body.flag).toMatchObject({
      status: "open",
      reopened_count: 1,
      resolution: null,
    })
    expect(reopened.body.flag.evidence).toHaveLength(4)
    const after = await queue("flags", "status=all")
    expect(after.count).toBe(before.count)
  })

  it("follows the jurisdiction's settings: allowing both supports clears the two-horses flag", async () => {
    const settings = await request()
      .get("/bureau/oversight/settings")
      .set(reviewer.headers)
    expect(settings.body.settings.two_horses_allowed).toBe(false)
    const bad = await request()
      .post("/bureau/oversight/settings")
      .set(reviewer.headers)
      .send({ repeated_window_days: 0 })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain("repeated_window_days")
    const set = await request()
      .post("/bureau/oversight/settings")
      .set(reviewer.headers)
      .send({ two_horses_allowed: true })
    expect(set.status).toBe(200)
    expect(set.body.own).toEqual({ two_horses_allowed: true })
    const run = await runRules()
    expect(run).toMatchObject({ flags_cleared: 1, flags_opened: 0 })
    const cleared = await queue("flags", "rule=two_horses&status=cleared")
    expect(cleared.count).toBe(1)
    // A city's setting holds for its counties unless a county sets its own;
    // a reset (null) puts back what holds from above.
    const city = await request()
      .post("/bureau/oversight/settings")
      .set(colleague.headers)
      .send({ repeated_window_days: 30 })
    expect(city.body.own).toEqual({ repeated_window_days: 30 })
    const county = await request()
      .get("/bureau/oversight/settings")
      .set(reviewer.headers)
    expect(county.body).toMatchObject({
      settings: { repeated_window_days: 30, two_horses_allowed: true },
      inherited: { repeated_window_days: 30, two_horses_allowed: false },
    })
    const reset = await request()
      .post("/bureau/oversight/settings")
      .set(reviewer.headers)
      .send({ two_horses_allowed: null })
    expect(reset.status).toBe(200)
    expect(reset.body.own).toEqual({})
    expect(reset.body.settings.two_horses_allowed).toBe(false)
    const audit = await request()
      .get("/bureau/audit-log?action=oversight_settings.updated")
      .set(reviewer.headers)
    expect(
      audit.body.audit_entries.map((e: { before: object; after: object }) => [
        e.before,
        e.after,
      ])
    ).toEqual([
      [{ two_horses_allowed: true }, {}],
      [{}, { two_horses_allowed: true }],
    ])
  })

  it("opens a sudden-hardship case from a cooperative's report, closes it only with exit criteria, and audits every step", async () => {
    const reported = await request()
      .post(`/vendor/households/${memberHousehold}/shock-events`)
      .set(coop.headers)
      .send({
        kind: "illness",
        occurred_on: `${YEAR}-02-01`,
        description: "户主住院",
      })
    expect(reported.status).toBe(201)
    const { cases } = await queue("cases", "category=sudden_hardship")
    expect(cases).toHaveLength(1)
    const caseId = cases[0].id
    // A second event joins the open case.
    const second = await request()
      .post(`/bureau/households/${memberHousehold}/shock-events`)
      .set(reviewer.headers)
      .send({ kind: "disaster", occurred_on: `${YEAR}-03-01` })
    expect(second.status).toBe(201)
    expect(second.body).toMatchObject({
      case_opened: false,
      shock_event: { case_id: caseId },
    })
    const assigned = await request()
      .post(`/bureau/oversight/cases/${caseId}/assign`)
      .set(reviewer.headers)
      .send({ bureau_user_id: colleague.id })
    expect(assigned.status).toBe(200)
    expect(assigned.body.case.assigned_to).toEqual({
      id: colleague.id,
      name: "凉山州商务局",
    })
    const outsider = await request()
      .post(`/bureau/oversight/cases/${caseId}/assign`)
      .set(reviewer.headers)
      .send({ bureau_user_id: cangxi.id })
    expect(outsider.status).toBe(400)
    expect(outsider.body.message).toContain("bureau_user_id")
    const comment = await request()
      .post(`/bureau/oversight/cases/${caseId}/comments`)
      .set(colleague.headers)
      .send({ body: "已联系乡镇，医保报销进行中" })
    expect(comment.status).toBe(200)
    const withoutCriteria = await request()
      .post(`/bureau/oversight/cases/${caseId}/close`)
      .set(colleague.headers)
      .send({ exit_criteria: [], reason: "已恢复" })
    expect(withoutCriteria.status).toBe(400)
    expect(withoutCriteria.body.message).toContain("exit_criteria")
    const closed = await request()
      .post(`/bureau/oversight/cases/${caseId}/close`)
      .set(colleague.headers)
      .send({
        exit_criteria: ["risk_eliminated", "assistance_in_place"],
        reason: "医保报销到位，户主已出院务工",
      })
    expect(closed.status).toBe(200)
    expect(closed.body.case).toMatchObject({
      status: "closed",
      exit_criteria: ["risk_eliminated", "assistance_in_place"],
      closed_by: { name: "凉山州商务局" },
      comments: [{ body: "已联系乡镇，医保报销进行中" }],
    })
    expect(
      closed.body.case.shock_events.map((s: { kind: string }) => s.kind)
    ).toEqual(["illness", "disaster"])
    const audit = await request()
      .get(`/bureau/audit-log?resource_id=${caseId}`)
      .set(reviewer.headers)
    expect(
      audit.body.audit_entries.map((e: { action: string }) => e.action).sort()
    ).toEqual([
      "monitoring_case.assigned",
      "monitoring_case.closed",
      "monitoring_case.commented",
    ])
    const shocks = await request()
      .get("/bureau/audit-log?action=shock_event.recorded")
      .set(reviewer.headers)
    expect(shocks.body.audit_entries).toHaveLength(2)
    expect(JSON.stringify(shocks.body)).not.toContain("户主住院")
    // The household's timeline shows the events and the aid.
    const streams = await request()
      .get(`/bureau/households/${memberHousehold}/streams`)
      .set(reviewer.headers)
    expect(streams.status).toBe(200)
    expect(streams.body.shock_events).toHaveLength(2)
    expect(streams.body.shock_events[0].description).toBe("户主住院")
    // Whom an item can be given to: the county's and the city's reviewers,
    // not another county's.
    const reviewers = await request()
      .get("/bureau/reviewers")
      .set(reviewer.headers)
    expect(
      reviewers.body.reviewers.map((r: { name: string }) => r.name).sort()
    ).toEqual(["凉山州商务局", "昭觉县商务局"].sort())
  })

  it("keeps another jurisdiction's flags, cases, runs and households out of reach, and answers bad input with a 400 naming the field", async () => {
    const { flags } = await queue("flags")
    const { cases } = await queue("cases")
    const runs = await request()
      .get("/bureau/oversight/runs")
      .set(reviewer.headers)
    for (const path of [
      `/bureau/oversight/flags/${flags[0].id}`,
      `/bureau/oversight/cases/${cases[0].id}`,
      `/bureau/oversight/runs/${runs.body.runs[0].id}`,
      `/bureau/aid/imports/${aidImportId}`,
      `/bureau/households/${memberHousehold}/streams`,
    ]) {
      const response = await request().get(path).set(cangxi.headers)
      expect([path, response.status]).toEqual([path, 404])
    }
    for (const [path, body] of [
      [
        `/bureau/oversight/flags/${flags[0].id}/resolve`,
        { resolution: "justified", reason: "x" },
      ],
      [
        `/bureau/oversight/cases/${cases[0].id}/close`,
        { exit_criteria: ["risk_eliminated"], reason: "x" },
      ],
      [
        `/bureau/households/${memberHousehold}/shock-events`,
        { kind: "illness", occurred_on: `${YEAR}-01-01` },
      ],
    ] as const) {
      const response = await request().post(path).set(cangxi.headers).send(body)
      expect([path, response.status]).toEqual([path, 404])
    }
    expect((await queue("flags", "", cangxi)).count).toBe(0)
    expect((await queue("cases", "", cangxi)).count).toBe(0)
    const summary = await request()
      .get("/bureau/reports/oversight?format=csv")
      .set(cangxi.headers)
    expect(summary.status).toBe(200)
    expect(summary.text.trim().split("\n")).toHaveLength(1)
    // A cooperative cannot report for a household that is not its member.
    const [registered] = (await queue("flags", "rule=omitted")).flags
    const foreign = await request()
      .post(`/vendor/households/${registered.household.id}/shock-events`)
      .set(coop.headers)
      .send({ kind: "illness", occurred_on: `${YEAR}-01-01` })
    expect(foreign.status).toBe(404)
    for (const [path, body, field] of [
      ["/bureau/oversight/runs", { year: 2012 }, "year"],
      ["/bureau/aid/records", { records: [] }, "records"],
      [
        "/bureau/aid/records",
        {
          records: [
            {
              registry_number: H.quiet,
              source_kind: "medical",
              giver: "x",
              purpose: "y",
              amount: 1e12,
              given_on: `${YEAR}-01-01`,
              reference: "r",
            },
          ],
        },
        "amount",
      ],
      [
        `/bureau/households/${memberHousehold}/shock-events`,
        { kind: "flood", occurred_on: `${YEAR}-01-01` },
        "kind",
      ],
      [
        `/bureau/households/${memberHousehold}/shock-events`,
        { kind: "illness", occurred_on: "2026-02-30" },
        "occurred_on",
      ],
      [
        `/bureau/oversight/flags/${flags[0].id}/assign`,
        { bureau_user_id: 7 },
        "bureau_user_id",
      ],
    ] as const) {
      const response = await request()
        .post(path)
        .set(reviewer.headers)
        .send(body)
      expect([path, response.status]).toEqual([path, 400])
      expect(response.body.message).toContain(field)
    }
    const badQuery = await request()
      .get("/bureau/oversight/flags?rule=everything")
      .set(reviewer.headers)
    expect(badQuery.status).toBe(400)
    expect(badQuery.body.message).toContain("rule")
    const refused = await request()
      .post("/bureau/aid/records")
      .set(reviewer.headers)
      .send({
        records: [
          {
            id_number: unknownId,
            source_kind: "medical",
            giver: "x",
            purpose: "y",
            amount: 100,
            given_on: `${YEAR}-01-01`,
            reference: "r",
          },
        ],
      })
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual([
      {
        index: 0,
        field: "id_number",
        reason: "no household of your jurisdiction has it",
      },
    ])
    expect(JSON.stringify(refused.body)).not.toContain(unknownId)
  })

  it("runs nightly over every county, opening nothing already found, and shows a county reviewer the run without other counties' counts", async () => {
    await runOversightRulesJob(getContainer())
    const runs = await request()
      .get("/bureau/oversight/runs")
      .set(reviewer.headers)
    const [nightly] = runs.body.runs
    expect(nightly).toMatchObject({
      trigger: "nightly",
      status: "completed",
      year: YEAR,
      jurisdiction_code: "",
      households: null,
      flags_opened: null,
    })
    expect((await queue("flags")).count).toBe(5)
    const cangxiRuns = await request()
      .get("/bureau/oversight/runs")
      .set(cangxi.headers)
    expect(
      cangxiRuns.body.runs.map((r: { trigger: string }) => r.trigger)
    ).toEqual(["nightly"])
  })

  it("answers concurrent calls once: one run of five asked at once, one decision of two reviewers deciding at once", async () => {
    const asked = await Promise.all(
      Array.from({ length: 5 }, () =>
        request().post("/bureau/oversight/runs").set(reviewer.headers).send({})
      )
    )
    expect(asked.map((r) => r.status).sort()).toEqual([202, 409, 409, 409, 409])
    const run = asked.find((r) => r.status === 202)!.body.run
    await eventually(
      async () => {
        const polled = await request()
          .get(`/bureau/oversight/runs/${run.id}`)
          .set(reviewer.headers)
        expect(polled.body.run).toMatchObject({
          status: "completed",
          flags_opened: 0,
        })
      },
      { timeoutMs: 60_000, intervalMs: 200 }
    )
    const { flags } = await queue("flags", "rule=omitted")
    const decisions = await Promise.all(
      [reviewer, colleague].map((actor) =>
        request()
          .post(`/bureau/oversight/flags/${flags[0].id}/resolve`)
          .set(actor.headers)
          .send({ resolution: "data_error", reason: "已核实" })
      )
    )
    expect(decisions.map((r) => r.status).sort()).toEqual([200, 409])
    const audit = await request()
      .get(`/bureau/audit-log?resource_id=${flags[0].id}`)
      .set(reviewer.headers)
    expect(audit.body.audit_entries).toHaveLength(1)
    const { cases } = await queue("cases")
    const closes = await Promise.all(
      [reviewer, colleague].map((actor) =>
        request()
          .post(`/bureau/oversight/cases/${cases[0].id}/close`)
          .set(actor.headers)
          .send({ exit_criteria: ["income_above_band"], reason: "收入已稳定" })
      )
    )
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409])
    // The same records posted twice at once are written once.
    const record = {
      registry_number: H.quiet,
      source_kind: "education",
      giver: "县教育局",
      purpose: "助学金",
      amount: 100_000,
      given_on: `${YEAR}-09-01`,
    }
    const posts = await Promise.all(
      [0, 1].map(() =>
        request()
          .post("/bureau/aid/records")
          .set(reviewer.headers)
          .send({
            records: Array.from({ length: 20 }, (_, i) => ({
              ...record,
              reference: `JY-${i}`,
            })),
          })
      )
    )
    expect(posts.map((r) => r.status)).toEqual([200, 200])
    expect(posts.map((r) => r.body.created + r.body.unchanged)).toEqual([
      20, 20,
    ])
    expect(posts[0].body.created + posts[1].body.created).toBe(20)
  })

  it("reports flags and cases per township, and exports the queues as CSV", async () => {
    const report = await request()
      .get("/bureau/reports/oversight?group_by=township")
      .set(reviewer.headers)
    expect(report.status).toBe(200)
    const open = (township: string, kind: string) =>
      report.body.oversight
        .filter(
          (r: { township: string; kind: string; status: string }) =>
            r.township === township && r.kind === kind && r.status === "open"
        )
        .reduce((n: number, r: { count: number }) => n + r.count, 0)
    expect(open("竹核乡", "flag")).toBe(4)
    expect(open("四开乡", "flag")).toBe(1)
    expect(open("竹核乡", "case")).toBe(1)
    const csv = await request()
      .get("/bureau/oversight/flags?format=csv&layout=machine")
      .set(reviewer.headers)
    expect(csv.status).toBe(200)
    const lines = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
    expect(lines[0]).toBe(
      "rule,id,year,status,county_code,township,village,registry_number,head_name,opened_at,assigned_to,figures,resolution,resolution_note"
    )
    expect(lines).toHaveLength(6)
    for (const seq of ["101", "102", "103", "104"]) {
      expect(csv.text).not.toContain(ID(seq))
    }
  })
})
