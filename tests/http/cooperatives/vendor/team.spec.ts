import { seedBaseStore } from "../../../../seed/src/base-store"
import { loginAs, operator, TEST_PASSWORD } from "../../../helpers/actors"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  type CooperativeTenant,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

type Invite = { id: string; email: string; expires_at: string }
type User = { id: string; email: string; role: string }

// The console's team page: a cooperative's staff and its open invitations,
// each cooperative seeing only its own, never an invitation's token.
describeHttp("cooperative team", ({ request, getContainer }) => {
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant

  beforeAll(async () => {
    await seedBaseStore(getContainer())
    const admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    zhaojue = await registerCooperative(request, {
      email: "owner@zhaojue-team.coop",
      name: "昭觉县苦荞合作社",
      handle: "zhaojue-team",
      county_code: "513431",
      serial: "MA6TEAM01",
    })
    cangxi = await registerCooperative(request, {
      email: "owner@cangxi-team.coop",
      name: "苍溪县猕猴桃合作社",
      handle: "cangxi-team",
      county_code: "510824",
      serial: "MA6TEAM02",
    })
  })

  it("lists the cooperative's own staff and open invitations, without tokens", async () => {
    const created = await request()
      .post("/vendor/invites")
      .set(zhaojue.headers)
      .send({ email: "member@zhaojue-team.coop" })
    expect(created.status).toBe(201)
    await request()
      .post("/vendor/invites")
      .set(cangxi.headers)
      .send({ email: "member@cangxi-team.coop" })
      .expect(201)

    const users = await request().get("/vendor/users").set(zhaojue.headers)
    expect(users.status).toBe(200)
    expect(users.body).toMatchObject({ count: 1, offset: 0, limit: 50 })
    expect(users.body.users).toEqual([
      expect.objectContaining({
        email: "owner@zhaojue-team.coop",
        role: "owner",
      }),
    ])

    const invites = await request().get("/vendor/invites").set(zhaojue.headers)
    expect(invites.status).toBe(200)
    expect(invites.body.count).toBe(1)
    expect(invites.body.invites.map((i: Invite) => i.email)).toEqual([
      "member@zhaojue-team.coop",
    ])
    expect(invites.body.invites[0].id).toBe(created.body.invite.id)
    const raw = JSON.stringify(invites.body)
    expect(raw).not.toContain(created.body.token)
    expect(raw).not.toMatch(/token/)
  })

  it("moves an accepted invitation into the staff list, readable by members too", async () => {
    // Each test starts from the suite's snapshot: invite afresh.
    const email = "member@zhaojue-team.coop"
    const created = await request()
      .post("/vendor/invites")
      .set(zhaojue.headers)
      .send({ email })
    expect(created.status).toBe(201)
    const invite = { id: created.body.invite.id, token: created.body.token }
    const registration = await request()
      .post("/auth/cooperative_user/emailpass/register")
      .send({ email, password: TEST_PASSWORD })
    const accepted = await request()
      .post("/vendor/invites/accept")
      .set("authorization", `Bearer ${registration.body.token}`)
      .send({ token: invite.token })
    expect(accepted.status).toBe(200)
    const member = await loginAs(request, "cooperative_user", email)

    const users = await request().get("/vendor/users").set(member.headers)
    expect(users.status).toBe(200)
    expect(users.body.users.map((u: User) => [u.email, u.role])).toEqual([
      ["owner@zhaojue-team.coop", "owner"],
      ["member@zhaojue-team.coop", "member"],
    ])
    const open = await request().get("/vendor/invites").set(member.headers)
    expect(open.status).toBe(200)
    expect(open.body.invites.map((i: Invite) => i.id)).not.toContain(invite.id)

    // The other cooperative sees none of it.
    const theirs = await request().get("/vendor/users").set(cangxi.headers)
    expect(theirs.body.users.map((u: User) => u.email)).toEqual([
      "owner@cangxi-team.coop",
    ])
  })

  it("refuses anonymous callers and answers bad paging with a 400", async () => {
    expect((await request().get("/vendor/users")).status).toBe(401)
    expect((await request().get("/vendor/invites")).status).toBe(401)
    const bad = await request()
      .get("/vendor/users?limit=abc")
      .set(zhaojue.headers)
    expect(bad.status).toBe(400)
  })
})
