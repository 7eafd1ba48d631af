import type { ExecArgs, Logger } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

type Container = ExecArgs["container"]

// The operator login for Medusa's dashboard at /app, created the way
// `medusa user` does it (user first, then an emailpass identity bound to it).
export async function ensureAdminUser(
  container: Container,
  email: string,
  password: string
): Promise<{ created: boolean }> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) {
    return { created: false }
  }
  const { result } = await createUsersWorkflow(container).run({
    input: {
      users: [{ email, first_name: "Platform", last_name: "Operator" }],
    },
  })
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
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: result[0].id },
  })
  logger.info(`Created operator ${email}`)
  return { created: true }
}
