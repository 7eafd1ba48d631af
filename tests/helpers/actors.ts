import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureAdminUser } from "../../seed/src/demo-accounts"
import type { HttpSuite } from "./medusa-app"

export type Actor = { token: string; headers: Record<string, string> }

export const TEST_PASSWORD = "correct horse battery staple"

export async function loginAs(
  request: HttpSuite["request"],
  actorType: "user" | "customer" | "cooperative_user" | "bureau_user",
  email: string,
  password = TEST_PASSWORD
): Promise<Actor> {
  const response = await request()
    .post(`/auth/${actorType}/emailpass`)
    .send({ email, password })
  if (response.status !== 200) {
    throw new Error(
      `login as ${actorType} ${email} failed: ${response.status} ${JSON.stringify(response.body)}`
    )
  }
  const token = response.body.token as string
  return { token, headers: { authorization: `Bearer ${token}` } }
}

// A platform operator (Medusa's `user` actor) for /admin routes.
export async function operator(
  container: MedusaContainer,
  request: HttpSuite["request"]
): Promise<Actor> {
  const email = "operator@test.tianfu"
  await ensureAdminUser(container, email, TEST_PASSWORD)
  return loginAs(request, "user", email)
}

// A shopper with an account, as the storefront registers one: an
// email/password identity, the customer it belongs to, then a login.
export async function registerCustomer(
  request: HttpSuite["request"],
  publishableKey: string,
  email: string,
  name: { first_name?: string; last_name?: string } = {}
): Promise<Actor> {
  const registration = await request()
    .post("/auth/customer/emailpass/register")
    .send({ email, password: TEST_PASSWORD })
  if (registration.status !== 200) {
    throw new Error(
      `register customer ${email}: ${registration.status} ${JSON.stringify(registration.body)}`
    )
  }
  const created = await request()
    .post("/store/customers")
    .set("x-publishable-api-key", publishableKey)
    .set("authorization", `Bearer ${registration.body.token}`)
    .send({ email, ...name })
  if (created.status !== 200) {
    throw new Error(
      `create customer ${email}: ${created.status} ${JSON.stringify(created.body)}`
    )
  }
  return loginAs(request, "customer", email)
}
