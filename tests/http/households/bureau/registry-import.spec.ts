import fs from "node:fs"
import http from "node:http"
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import iconv from "iconv-lite"
import { type Actor, operator } from "../../../helpers/actors"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { syntheticIdNumber } from "../../../helpers/identities"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerApprovedCooperative,
  registerCooperative,
} from "../../../helpers/tenants"
import { sqlOn } from "../../../reliability/traced-checkout"
import { eventually } from "../../../helpers/eventually"
import { SPOOL_DIR } from "../../../../backend/src/lib/registry/records"

jest.setTimeout(180 * 1000)

const HEADER =
  "户编号,户主姓名,身份证号,联系电话,家庭人口,县代码,乡镇,行政村,致贫原因,识别年度,脱贫年度,状态,收入年度,务工收入,转移性收入,财产性收入"

// The registry a county bureau keeps, imported through HTTP as the console
// sends it: the file as the request body, read as it arrives.
describeHttp("registry import", ({ request, baseUrl, getContainer }) => {
  let reviewer: Actor
  let cangxiReviewer: Actor
  let coop: CooperativeTenant
  let typedByCoop: string
  let otherCoopHousehold: string
  const sql = sqlOn(getContainer)

  const id = (birth: string, seq: string) =>
    syntheticIdNumber(ZHAOJUE.code, birth, seq)
  const ids = {
    a: id("19700101", "101"),
    b: id("19710202", "102"),
    c: id("19720303", "103"),
    d: id("19730404", "104"),
    wrong: id("19740505", "105"),
  }
  const badCheck = ids.a.slice(0, 17) + (ids.a[17] === "1" ? "2" : "1")
  const rows = {
    a: `5134310201A001,吉克阿呷,${ids.a},13900000001,4,513431,竹核乡,大温泉村,因病,2014,,未脱贫,2025,"3,200.50",1200,0`,
    b: `5134310201A002,阿说木呷,${ids.b},,3,513431,竹核乡,大温泉村,缺劳力,2014,2020,已脱贫,,,,`,
    c: `5134310201A003,俄木石布,${ids.c},13900000003,5,513431,竹核乡,大温泉村,缺资金,2015,,在册,,,,`,
    badId: `5134310201A004,错号户,${badCheck},,2,513431,竹核乡,大温泉村,因病,2014,,,,,,`,
    cangxi: `5108240201B001,外县户,${syntheticIdNumber(CANGXI.code, "19750606", "106")},,2,510824,某镇,某村,因病,2014,,,,,,`,
    duplicate: `5134310201A001,重复户,${ids.d},,2,513431,竹核乡,大温泉村,因病,2014,,,,,,`,
    badCause: `5134310201A005,原因户,${id("19760707", "107")},,2,513431,竹核乡,大温泉村,懒惰,2014,,,,,,`,
    mismatch: `5134310201A006,冒名户,${ids.wrong},,2,513431,竹核乡,大温泉村,因病,2014,,,,,,`,
  }
  const file = (...lines: string[]) =>
    `\uFEFF${HEADER}\r\n${lines.join("\r\n")}\r\n`

  // The same rows as a spreadsheet saved from Excel: text cells, the
  // member count a number.
  async function xlsxOf(csv: string) {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("建档立卡户")
    const records = parse(csv, { bom: true }) as string[][]
    records.forEach((record, i) =>
      sheet.addRow(
        record.map((cell, column) =>
          i > 0 && column === 4 && /^\d+$/.test(cell) ? Number(cell) : cell
        )
      )
    )
    workbook.addWorksheet("说明").addRow(["不读这一页"])
    return Buffer.from(await workbook.xlsx.writeBuffer())
  }

  async function importFile(
    actor: Actor,
    csv: string | Buffer,
    name = "registry.csv"
  ) {
    const opened = await request()
      .post("/bureau/registry/imports")
      .set(actor.headers)
      .send({ filename: name })
    expect(opened.status).toBe(201)
    const sent = await request()
      .post(`/bureau/registry/imports/${opened.body.import.id}/file`)
      .set(actor.headers)
      .set(
        "content-type",
        typeof csv === "string" ? "text/csv" : "application/octet-stream"
      )
      .send(csv)
    return sent
  }

  // An import's refused rows as [row, field], in order.
  async function refusedRows(importId: string) {
    const errors = await request()
      .get(`/bureau/registry/imports/${importId}/errors`)
      .set(reviewer.headers)
    expect(errors.status).toBe(200)
    return (errors.body.errors as { row: number; field: string }[]).map((e) => [
      e.row,
      e.field,
    ])
  }

  beforeAll(async () => {
    const admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    ;({ coop, bureau: reviewer } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@registry-zj.coop",
        name: "昭觉县登记测试合作社",
        handle: "registry-zj",
        county_code: ZHAOJUE.code,
        serial: "MA6REG001",
      },
      {
        email: "zj@registry.gov",
        name: "昭觉县",
        jurisdiction_code: ZHAOJUE.code,
      }
    ))
    cangxiReviewer = await createBureauUser(request, admin, {
      email: "cx@registry.gov",
      name: "苍溪县",
      jurisdiction_code: CANGXI.code,
    })
    // Two households a cooperative typed in: one the registry holds with
    // the same ID, one whose number the registry gives another person.
    const typed = async (registry_number: string, id_number: string) => {
      const created = await request()
        .post("/vendor/households")
        .set(coop.headers)
        .send({
          registry_number,
          county_code: ZHAOJUE.code,
          township: "竹核乡",
          village: "老村",
          head_name: "合作社录入",
          id_number,
          member_count: 2,
        })
      expect(created.status).toBe(201)
      return created.body.household.id as string
    }
    typedByCoop = await typed("5134310201A003", ids.c)
    otherCoopHousehold = await typed("5134310201A006", id("19770808", "108"))
  })

  it("imports a county's file row by row: new households verified, a cooperative's household matched, every bad row reported by field without its value", async () => {
    const sent = await importFile(
      reviewer,
      file(...Object.values(rows)),
      "昭觉县建档立卡.csv"
    )
    expect(sent.status).toBe(200)
    expect(sent.body.import).toMatchObject({
      status: "completed",
      filename: "昭觉县建档立卡.csv",
      rows_read: 8,
      rows_created: 2,
      rows_updated: 1,
      rows_unchanged: 0,
      rows_failed: 5,
    })
    const importId = sent.body.import.id
    const errors = await request()
      .get(`/bureau/registry/imports/${importId}/errors`)
      .set(reviewer.headers)
    expect(errors.status).toBe(200)
    expect(
      errors.body.errors.map((e: { row: number; field: string }) => [
        e.row,
        e.field,
      ])
    ).toEqual([
      [5, "id_number"],
      [6, "county_code"],
      [7, "registry_number"],
      [8, "poverty_cause"],
      [9, "id_number"],
    ])
    expect(errors.body.errors[2].reason).toBe("appears again (first on row 2)")
    expect(errors.body.errors[4].reason).toContain("does not match")
    const csv = await request()
      .get(`/bureau/registry/imports/${importId}/errors?format=csv`)
      .set(reviewer.headers)
    expect(csv.headers["content-type"]).toContain("text/csv")
    expect(csv.text.split("\n")[1]).toMatch(/^5,id_number,/)
    // No ID number, whole or in part, in the report.
    for (const value of [...Object.values(ids), badCheck]) {
      expect(errors.text + csv.text).not.toContain(value.slice(6, 14))
    }

    // The cooperative's household is now verified, from the registry.
    const [matched] = await sql<Record<string, unknown>>(
      "select verification, source, poverty_cause, township, registry_import_id from household where id = ?",
      [typedByCoop]
    )
    expect(matched).toMatchObject({
      verification: "verified",
      source: "registry",
      poverty_cause: "lack_of_capital",
      registry_import_id: importId,
    })
    const [refused] = await sql<Record<string, unknown>>(
      "select verification, source from household where id = ?",
      [otherCoopHousehold]
    )
    expect(refused).toMatchObject({
      verification: "pending",
      source: "cooperative",
    })
    // New households: encrypted and hashed as registration does, other
    // income in fen, a lifted one with its year.
    const created = await sql<Record<string, unknown>>(
      `select h.registry_number, h.status, h.status_year, h.id_number_masked,
              h.id_number_encrypted, h.phone_encrypted, i.year, i.wage, i.transfer
         from household h left join household_other_income i on i.household_id = h.id
        where h.registry_number in ('5134310201A001', '5134310201A002')
        order by h.registry_number`
    )
    expect(created).toHaveLength(2)
    expect(created[0]).toMatchObject({
      status: "registered",
      year: 2025,
      wage: 320050,
      transfer: 120000,
    })
    expect(created[1]).toMatchObject({
      status: "lifted",
      status_year: 2020,
      year: null,
    })
    expect(JSON.stringify(created)).not.toContain(ids.a)
    expect(created[0].id_number_masked).toMatch(/\*/)
    // The registry's other income joins what cooperatives paid in the
    // poverty-line view, per member (4 members).
    const line = await request()
      .get("/bureau/reports/poverty-line?year=2025&limit=100")
      .set(reviewer.headers)
    const a = line.body.households.find(
      (h: { registry_number: string }) => h.registry_number === "5134310201A001"
    )
    expect(a).toMatchObject({
      income: 0,
      other_income: 440050,
      income_total: 440050,
      income_per_member: 110012,
    })
    const csvLine = await request()
      .get("/bureau/reports/poverty-line?year=2025&format=csv&layout=machine")
      .set(reviewer.headers)
    expect(csvLine.text.split("\n")[0]).toContain("income_other_fen")
    // The reviewer of another county sees none of it.
    for (const path of [
      `/bureau/registry/imports/${importId}`,
      `/bureau/registry/imports/${importId}/errors`,
    ]) {
      expect(
        (await request().get(path).set(cangxiReviewer.headers)).status
      ).toBe(404)
    }
    const theirs = await request()
      .get("/bureau/registry/imports")
      .set(cangxiReviewer.headers)
    expect(theirs.body.count).toBe(0)
  })

  it("changes nothing when the same file comes again, audits a changed row field by field, and marks a household a later file leaves out", async () => {
    const audited = async () =>
      (
        await sql<{ n: number }>(
          "select count(*)::int as n from audit_entry where action = 'household.registry_updated'"
        )
      )[0].n
    // Each test starts from the data of beforeAll: the first import here.
    expect(
      (await importFile(reviewer, file(...Object.values(rows)))).body.import
        .rows_created
    ).toBe(2)
    const auditsBefore = await audited()
    const again = await importFile(reviewer, file(...Object.values(rows)))
    expect(again.body.import).toMatchObject({
      rows_created: 0,
      rows_updated: 0,
      rows_unchanged: 3,
      rows_failed: 5,
      rows_missing: 0,
    })
    expect(await audited()).toBe(auditsBefore)

    // Household A moved village and changed phone; B is not in the file.
    const moved = rows.a
      .replace("大温泉村", "新村")
      .replace("13900000001", "13900000009")
    const later = await importFile(reviewer, file(moved, rows.c))
    expect(later.body.import).toMatchObject({
      rows_created: 0,
      rows_updated: 1,
      rows_unchanged: 1,
      rows_missing: 1,
    })
    const [entry] = await sql<{ before: object; after: object }>(
      `select e.before, e.after from audit_entry e join household h on h.id = e.resource_id
        where e.action = 'household.registry_updated' and h.registry_number = '5134310201A001'`
    )
    expect(entry.before).toEqual({ village: "大温泉村", phone: "139****0001" })
    expect(entry.after).toMatchObject({ village: "新村", phone: "139****0009" })
    const [missing] = await sql<{ registry_missing_since: Date | null }>(
      "select registry_missing_since from household where registry_number = '5134310201A002'"
    )
    expect(missing.registry_missing_since).not.toBeNull()
    // Listed for the reviewer (not for another county's), who keeps it:
    // the file missed it.
    const listed = await request()
      .get("/bureau/registry/missing")
      .set(reviewer.headers)
    expect(
      listed.body.households.map(
        (h: { registry_number: string }) => h.registry_number
      )
    ).toEqual(["5134310201A002"])
    expect(listed.body.households[0].head_name).toContain("*")
    const householdB = listed.body.households[0].household_id as string
    expect(
      (
        await request()
          .get("/bureau/registry/missing")
          .set(cangxiReviewer.headers)
      ).body.count
    ).toBe(0)
    const foreign = await request()
      .post(`/bureau/registry/missing/${householdB}/confirm`)
      .set(cangxiReviewer.headers)
      .send({ decision: "removed", reason: "核实" })
    expect(foreign.status).toBe(404)
    const kept = await request()
      .post(`/bureau/registry/missing/${householdB}/confirm`)
      .set(reviewer.headers)
      .send({ decision: "kept", reason: "名单漏录，村里核实仍在册" })
    expect(kept.status).toBe(200)
    expect(
      (await request().get("/bureau/registry/missing").set(reviewer.headers))
        .body.count
    ).toBe(0)
    // Back in the next file, it is no longer missing.
    const back = await importFile(reviewer, file(moved, rows.b, rows.c))
    expect(back.body.import).toMatchObject({
      rows_unchanged: 3,
      rows_missing: 0,
    })

    // Left out again, and this time removed: it stays on record, no longer
    // a registered household; a second decision is a 409.
    await importFile(reviewer, file(moved, rows.c))
    const removed = await request()
      .post(`/bureau/registry/missing/${householdB}/confirm`)
      .set(reviewer.headers)
      .send({ decision: "removed", reason: "已迁出本县" })
    expect(removed.status).toBe(200)
    const [gone] = await sql<{ verification: string }>(
      "select verification from household where id = ?",
      [householdB]
    )
    expect(gone.verification).toBe("rejected")
    const twice = await request()
      .post(`/bureau/registry/missing/${householdB}/confirm`)
      .set(reviewer.headers)
      .send({ decision: "removed", reason: "已迁出本县" })
    expect(twice.status).toBe(409)
    const actions = await sql<{ action: string }>(
      "select action from audit_entry where resource_id = ? order by created_at",
      [householdB]
    )
    expect(actions.map((a) => a.action)).toEqual([
      "household.registry_kept",
      "household.registry_removed",
    ])
  })

  it("reports coverage per county and township: registered households not lifted, bound to an approved cooperative, and the unbound by village", async () => {
    expect(
      (await importFile(reviewer, file(...Object.values(rows)))).body.import
        .rows_created
    ).toBe(2)
    const coverage = await request()
      .get("/bureau/reports/coverage?group_by=township")
      .set(reviewer.headers)
    expect(coverage.status).toBe(200)
    // A001 and A003 registered (A003 the cooperative's member), A002
    // lifted; the cooperative's unverified household is not counted.
    expect(coverage.body.coverage).toEqual([
      {
        county_code: ZHAOJUE.code,
        township: "竹核乡",
        households: 3,
        members: 12,
        not_lifted: 2,
        bound: 1,
        binding_rate_bp: 5000,
        with_revenue: 0,
        with_payouts: 0,
      },
    ])
    expect(coverage.body.totals).toMatchObject({
      not_lifted: 2,
      bound: 1,
      binding_rate_bp: 5000,
    })
    const csv = await request()
      .get("/bureau/reports/coverage?format=csv&layout=machine")
      .set(reviewer.headers)
    expect(csv.text.split("\n")[1]).toMatch(/^513431,,3,12,2,1,5000,0,0/)
    const unbound = await request()
      .get("/bureau/reports/unbound")
      .set(reviewer.headers)
    expect(unbound.body.households).toEqual([
      expect.objectContaining({
        registry_number: "5134310201A001",
        township: "竹核乡",
        village: "大温泉村",
        poverty_cause: "illness",
        head_name: expect.stringContaining("*"),
      }),
    ])
    const elsewhere = await request()
      .get("/bureau/reports/coverage")
      .set(cangxiReviewer.headers)
    expect(elsewhere.body.coverage).toEqual([])
    const foreign = await request()
      .get(`/bureau/reports/unbound?county_code=${ZHAOJUE.code}`)
      .set(cangxiReviewer.headers)
    expect(foreign.status).toBe(404)
  })

  it("lets a reviewer assign an unbound household to a cooperative, which accepts it (a member now) or declines it with a reason", async () => {
    await importFile(reviewer, file(...Object.values(rows)))
    const unbound = async () =>
      (
        (await request().get("/bureau/reports/unbound").set(reviewer.headers))
          .body.households as {
          household_id: string
          registry_number: string
        }[]
      ).map((h) => h.registry_number)
    expect(await unbound()).toEqual(["5134310201A001"])
    const [{ id: target }] = await sql<{ id: string }>(
      "select id from household where registry_number = '5134310201A001'"
    )
    const assign = (
      actor: Actor,
      household: string,
      body: Record<string, unknown>
    ) =>
      request()
        .post(`/bureau/households/${household}/assign`)
        .set(actor.headers)
        .send(body)
    // Bad input names the field; another county's reviewer, or a household
    // that does not exist, is the same 404; one that is not on the
    // registry (the cooperative typed it, nobody verified it) is refused.
    const bad = await assign(reviewer, target, { cooperative_id: "" })
    expect([bad.status, bad.body.message]).toEqual([
      400,
      expect.stringContaining("cooperative_id"),
    ])
    const extra = await assign(reviewer, target, {
      cooperative_id: coop.cooperative.id,
      admin: true,
    })
    expect(extra.status).toBe(400)
    for (const [actor, household] of [
      [cangxiReviewer, target],
      [reviewer, "hh_does_not_exist"],
    ] as const) {
      const missing = await assign(actor, household, {
        cooperative_id: coop.cooperative.id,
      })
      expect(missing.status).toBe(404)
    }
    const unverified = await assign(reviewer, otherCoopHousehold, {
      cooperative_id: coop.cooperative.id,
    })
    expect(unverified.status).toBe(400)
    expect(unverified.body.message).toContain("household")

    const proposed = await assign(reviewer, target, {
      cooperative_id: coop.cooperative.id,
      note: "村委会推荐",
    })
    expect(proposed.status).toBe(201)
    expect(proposed.body.join_request).toMatchObject({
      status: "pending",
      initiated_by: "bureau",
      registry_number: "5134310201A001",
      request_note: "村委会推荐",
    })
    const nobody = await assign(reviewer, target, {
      cooperative_id: "coop_does_not_exist",
    })
    expect(nobody.status).toBe(404)
    const again = await assign(reviewer, target, {
      cooperative_id: coop.cooperative.id,
    })
    expect(again.status).toBe(409)
    const id = proposed.body.join_request.id as string
    // Not in the reviewers' own queue of cooperatives' requests, and not
    // theirs to approve; another cooperative cannot answer it.
    const queue = await request()
      .get("/bureau/household-join-requests?status=pending")
      .set(reviewer.headers)
    expect(
      queue.body.join_requests.map((r: { id: string }) => r.id)
    ).not.toContain(id)
    const proposals = await request()
      .get("/bureau/household-join-requests?initiated_by=bureau")
      .set(reviewer.headers)
    expect(
      proposals.body.join_requests.map((r: { id: string }) => r.id)
    ).toEqual([id])
    const approve = await request()
      .post(`/bureau/household-join-requests/${id}/approve`)
      .set(reviewer.headers)
      .send({})
    expect(approve.status).toBe(404)
    const other = await registerCooperative(request, {
      email: "owner@registry-zj2.coop",
      name: "昭觉县第二合作社",
      handle: "registry-zj2",
      county_code: ZHAOJUE.code,
      serial: "MA6REG002",
    })
    await approveCooperative(request, reviewer, other)
    for (const answer of ["accept", "decline"]) {
      const foreign = await request()
        .post(`/vendor/households/join-requests/${id}/${answer}`)
        .set(other.headers)
        .send({ note: "不是我们的" })
      expect(foreign.status).toBe(404)
    }
    const noReason = await request()
      .post(`/vendor/households/join-requests/${id}/decline`)
      .set(coop.headers)
      .send({})
    expect([noReason.status, noReason.body.message]).toEqual([
      400,
      expect.stringContaining("note"),
    ])

    // The cooperative sees the proposal and accepts it: a member now, no
    // longer unbound; the coverage counts it bound.
    const listed = await request()
      .get("/vendor/households/join-requests")
      .set(coop.headers)
    expect(listed.body.join_requests).toEqual([
      expect.objectContaining({
        id,
        initiated_by: "bureau",
        county_code: ZHAOJUE.code,
        request_note: "村委会推荐",
        status: "pending",
      }),
    ])
    const accepted = await request()
      .post(`/vendor/households/join-requests/${id}/accept`)
      .set(coop.headers)
      .send({})
    expect(accepted.status).toBe(200)
    expect(accepted.body.join_request.status).toBe("approved")
    const twice = await request()
      .post(`/vendor/households/join-requests/${id}/accept`)
      .set(coop.headers)
      .send({})
    expect(twice.status).toBe(400)
    expect(await unbound()).toEqual([])
    const members = await request().get("/vendor/households").set(coop.headers)
    expect(members.body.households.map((h: { id: string }) => h.id)).toContain(
      target
    )
    const audit = await sql<{ action: string; actor_type: string }>(
      "select action, actor_type from audit_entry where resource_id = ? order by created_at",
      [id]
    )
    expect(audit).toEqual([
      { action: "household.assignment_proposed", actor_type: "bureau_user" },
      {
        action: "household.assignment_accepted",
        actor_type: "cooperative_user",
      },
    ])

    // Proposed to the second cooperative, then found not to be on the
    // registry after all: it can no longer be accepted, only declined.
    const second = await assign(reviewer, target, {
      cooperative_id: other.cooperative.id,
    })
    expect(second.status).toBe(201)
    const rejected = await request()
      .post(`/bureau/households/${target}/verify`)
      .set(reviewer.headers)
      .send({ decision: "rejected", note: "核实不在册" })
    expect(rejected.status).toBe(200)
    const late = await request()
      .post(
        `/vendor/households/join-requests/${second.body.join_request.id}/accept`
      )
      .set(other.headers)
      .send({})
    expect([late.status, late.body.message]).toEqual([
      400,
      expect.stringContaining("no longer on the registry"),
    ])
    const declined = await request()
      .post(
        `/vendor/households/join-requests/${second.body.join_request.id}/decline`
      )
      .set(other.headers)
      .send({ note: "本社不收购该村产品" })
    expect(declined.status).toBe(200)
    expect(declined.body.join_request).toMatchObject({
      status: "rejected",
      decision_note: "本社不收购该村产品",
    })
    const theirs = await request().get("/vendor/households").set(other.headers)
    expect(theirs.body.households).toEqual([])
  })

  it("reads a registry that lists one person a row: members with relation and ID, a household refused whole when one of its rows is wrong", async () => {
    const person = (
      number: string,
      name: string,
      relation: string,
      idNumber: string,
      members = ""
    ) =>
      `${number},${name},${relation},${idNumber},${members},513431,竹核乡,大温泉村,因病,2014,,未脱贫`
    const m = {
      head1: id("19600101", "201"),
      spouse1: id("19620202", "202"),
      child1: id("19900303", "203"),
      head2: id("19610404", "204"),
      head4: id("19630505", "205"),
      child4: id("19920606", "206"),
    }
    const badMember = m.child4.slice(0, 17) + (m.child4[17] === "1" ? "2" : "1")
    const lines = [
      "户编号,姓名,与户主关系,身份证号,家庭人口,县代码,乡镇,行政村,致贫原因,识别年度,脱贫年度,状态",
      person("5134310301P001", "吉克曲布", "户主", m.head1), // 2
      person("5134310301P001", "阿西阿呷", "配偶", m.spouse1), // 3
      person("5134310301P001", "吉克木呷", "长子", m.child1), // 4
      person("5134310301P002", "俄底拉哈", "户主", m.head2), // 5
      person("5134310301P002", "俄底小", "之子", badMember), // 6
      person("5134310301P003", "无户主", "配偶", m.child4), // 7
      person("5134310301P001", "又回来", "长女", m.head4), // 8
      person("5134310301P004", "沙马", "户主", m.head4), // 9
      person("5134310301P004", "沙马妻", "配偶", m.spouse1), // 10
    ]
    const csv = `${lines.join("\n")}\n`
    const sent = await importFile(reviewer, csv, "per-person.csv")
    expect(sent.body.import).toMatchObject({
      status: "completed",
      rows_read: 9,
      rows_created: 1,
      rows_failed: 6,
    })
    expect(await refusedRows(sent.body.import.id)).toEqual([
      [5, "members"],
      [6, "id_number"],
      [7, "relation"],
      [8, "registry_number"],
      [9, "members"],
      [10, "id_number"],
    ])
    const report = await request()
      .get(`/bureau/registry/imports/${sent.body.import.id}/errors?format=csv`)
      .set(reviewer.headers)
    for (const idNumber of Object.values(m))
      expect(report.text).not.toContain(idNumber)
    const [{ id: household }] = await sql<{ id: string }>(
      "select id from household where registry_number = '5134310301P001'"
    )
    const shown = await request()
      .get(`/bureau/households/${household}`)
      .set(reviewer.headers)
    expect(shown.status).toBe(200)
    expect(shown.body.household).toMatchObject({
      member_count: 3,
      verification: "verified",
      members: [
        { relation: "spouse", id_number: expect.stringMatching(/\*/) },
        { relation: "child", id_number: expect.stringMatching(/\*/) },
      ],
    })
    const body = JSON.stringify(shown.body)
    for (const idNumber of [m.head1, m.spouse1, m.child1])
      expect(body).not.toContain(idNumber)
    // The cooperative that did not enter them never sees members.
    const coopView = await request().get("/vendor/households").set(coop.headers)
    expect(JSON.stringify(coopView.body)).not.toContain("spouse")

    // Again: nothing changes. Without the child: the household is updated
    // and the audit entry names its members, masked.
    const again = await importFile(reviewer, csv, "per-person.csv")
    expect(again.body.import).toMatchObject({
      rows_unchanged: 1,
      rows_updated: 0,
    })
    const smaller = `${lines.filter((_, k) => k !== 3).join("\n")}\n`
    const changed = await importFile(reviewer, smaller, "per-person-2.csv")
    expect(changed.body.import).toMatchObject({ rows_updated: 1 })
    const [entry] = await sql<{
      before: { members: unknown[]; member_count: number }
      after: { members: unknown[]; member_count: number }
    }>(
      "select before, after from audit_entry where action = 'household.registry_updated' and resource_id = ?",
      [household]
    )
    expect(entry.before.member_count).toBe(3)
    expect(entry.after.member_count).toBe(2)
    expect(entry.before.members).toHaveLength(2)
    expect(entry.after.members).toEqual([
      { relation: "spouse", id_number: expect.stringMatching(/\*/) },
    ])
    expect(JSON.stringify(entry)).not.toContain(m.child1)

    // A member's row without its household's number (a merged cell in a
    // spreadsheet) refuses the household it is read with.
    const merged = await importFile(
      reviewer,
      [
        lines[0],
        person("5134310301P005", "甲", "户主", id("19640707", "207")),
        person("", "乙", "配偶", id("19650808", "208")),
      ].join("\n") + "\n",
      "merged.csv"
    )
    expect(merged.body.import).toMatchObject({
      rows_created: 0,
      rows_failed: 2,
    })
    expect(await refusedRows(merged.body.import.id)).toEqual([
      [2, "members"],
      [3, "registry_number"],
    ])
  })

  it("reads the same registry saved as XLSX or as a GBK CSV exactly as the UTF-8 CSV, and fails a broken spreadsheet with a reason", async () => {
    const csv = file(...Object.values(rows))
    const fromXlsx = await importFile(reviewer, await xlsxOf(csv), "昭觉.xlsx")
    expect(fromXlsx.status).toBe(200)
    expect(fromXlsx.body.import).toMatchObject({
      status: "completed",
      format: "xlsx",
      rows_read: 8,
      rows_created: 2,
      rows_updated: 1,
      rows_failed: 5,
    })
    // exceljs's spooled worksheets (plain text) are gone with the read.
    expect(fs.existsSync(SPOOL_DIR)).toBe(false)
    expect(await refusedRows(fromXlsx.body.import.id)).toEqual([
      [5, "id_number"],
      [6, "county_code"],
      [7, "registry_number"],
      [8, "poverty_cause"],
      [9, "id_number"],
    ])
    // The same rows in GBK (Excel's "CSV" on a Chinese Windows): every
    // name decoded to the same household, so nothing changes.
    const gbk = iconv.encode(csv.replace(/^\uFEFF/, ""), "gbk")
    const fromGbk = await importFile(reviewer, gbk, "昭觉-gbk.csv")
    expect(fromGbk.body.import).toMatchObject({
      status: "completed",
      format: "csv-gbk",
      rows_read: 8,
      rows_created: 0,
      rows_updated: 0,
      rows_unchanged: 3,
      rows_failed: 5,
    })
    const [household] = await sql<{ head_name: string }>(
      "select head_name from household where registry_number = '5134310201A003'"
    )
    expect(household.head_name).toBe("俄木石布")

    const broken = await importFile(
      reviewer,
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x03, 0x04]),
        Buffer.alloc(64, 7),
      ]),
      "broken.xlsx"
    )
    expect(broken.status).toBe(200)
    expect(broken.body.import).toMatchObject({
      status: "failed",
      format: "xlsx",
      failure: "the file is not a readable CSV or XLSX",
    })
  })

  it("fails an import whose upload breaks off, and lets the next one run", async () => {
    const opened = await request()
      .post("/bureau/registry/imports")
      .set(reviewer.headers)
      .send({ filename: "broken-off.csv" })
    const id = opened.body.import.id as string
    // Half a file announced whole, then the connection goes away.
    const url = new URL(`/bureau/registry/imports/${id}/file`, baseUrl())
    const partial = file(rows.a, rows.b)
    await new Promise<void>((resolve) => {
      const upload = http.request(url, {
        method: "POST",
        headers: {
          ...reviewer.headers,
          "content-type": "text/csv",
          "content-length": String(Buffer.byteLength(partial) * 100),
        },
      })
      upload.on("error", () => resolve())
      upload.write(partial, () =>
        setTimeout(() => {
          upload.destroy()
          resolve()
        }, 300)
      )
    })
    await eventually(async () => {
      const shown = await request()
        .get(`/bureau/registry/imports/${id}`)
        .set(reviewer.headers)
      expect(shown.body.import).toMatchObject({
        status: "failed",
        failure: "the upload broke off before the end of the file",
      })
    })
    const next = await importFile(reviewer, file(rows.c))
    expect(next.status).toBe(200)
    expect(next.body.import.status).toBe("completed")
  })

  it("refuses a file without the required columns, a file sent twice, and another reviewer's import", async () => {
    const headless = await importFile(reviewer, "户编号,户主姓名\r\n1,2\r\n")
    expect(headless.status).toBe(200)
    expect(headless.body.import).toMatchObject({ status: "failed" })
    expect(headless.body.import.failure).toContain("id_number")

    const opened = await request()
      .post("/bureau/registry/imports")
      .set(reviewer.headers)
      .send({ filename: "x.csv" })
    const path = `/bureau/registry/imports/${opened.body.import.id}/file`
    const foreign = await request()
      .post(path)
      .set(cangxiReviewer.headers)
      .set("content-type", "text/csv")
      .send(file(rows.c))
    expect(foreign.status).toBe(404)
    const first = await request()
      .post(path)
      .set(reviewer.headers)
      .set("content-type", "text/csv")
      .send(file(rows.c))
    expect(first.status).toBe(200)
    const second = await request()
      .post(path)
      .set(reviewer.headers)
      .set("content-type", "text/csv")
      .send(file(rows.c))
    expect(second.status).toBe(409)
    const bad = await request()
      .post("/bureau/registry/imports")
      .set(reviewer.headers)
      .send({ filename: "" })
    expect([bad.status, bad.body.message]).toEqual([
      400,
      expect.stringContaining("filename"),
    ])
  })
})
