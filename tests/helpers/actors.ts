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
