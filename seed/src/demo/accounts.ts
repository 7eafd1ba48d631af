import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import {
  acceptBureauInviteWorkflow,
  createBureauUserWorkflow,
} from "../../../backend/src/workflows/bureau"
import type BureauModuleService from "../../../backend/src/modules/bureau/service"
import type { Container } from "./context"

export const DEMO_LOGINS = {
  provinceReviewer: {
    email: "sichuan@bureau.demo.tianfu",
    name: "四川省商务厅",
    jurisdiction_code: "51",
  },
  prefectureReviewer: {
    email: "liangshan@bureau.demo.tianfu",
    name: "凉山州商务局",
    jurisdiction_code: "5134",
  },
  countyReviewer: {
    email: "zhaojue@bureau.demo.tianfu",
    name: "昭觉县商务局",
    jurisdiction_code: "513431",
  },
  customer: {
    email: "customer@demo.tianfu",
    // A Chinese name is written whole, family name first: Medusa shows
    // first_name then last_name, so the whole name goes in first_name.
    first_name: "王小明",
    last_name: "",
  },
}

export function ownerEmail(handle: string): string {
  return `owner@${handle}.demo.tianfu`
}

// An emailpass identity, as a person signing up would create it.
export async function registerIdentity(
  container: Container,
  email: string,
  password: string
): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not register ${email}: ${error}`
    )
  }
  return authIdentity.id
}

// A reviewer through the operator's invite flow; returns the reviewer id.
export async function ensureReviewer(
  container: Container,
  reviewer: { email: string; name: string; jurisdiction_code: string },
  password: string
): Promise<string> {
  const [existing] = await container
    .resolve<BureauModuleService>("bureau")
    .listBureauUsers({ email: reviewer.email })
  if (existing) {
    return existing.id
  }
  const { result } = await createBureauUserWorkflow(container).run({
    input: reviewer,
  })
  const authIdentityId = await registerIdentity(
    container,
    reviewer.email,
    password
  )
  await acceptBureauInviteWorkflow(container).run({
    input: {
      auth_identity_id: authIdentityId,
      email: reviewer.email,
      token: result.invite_token,
    },
  })
  return result.user.id
}

export async function ensureCustomer(
  container: Container,
  password: string
): Promise<void> {
  const { email, first_name, last_name } = DEMO_LOGINS.customer
  const [existing] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email, has_account: true })
  if (existing) {
    return
  }
  const authIdentityId = await registerIdentity(container, email, password)
  await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId, customerData: { email, first_name, last_name } },
  })
}
