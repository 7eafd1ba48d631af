import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { randomBytes, scrypt } from "node:crypto"

// Medusa's emailpass login checks the password with scrypt (N = 2^15,
// r = 8, p = 1) only when the e-mail is known, so an unknown e-mail was
// answered several times faster: a stopwatch told who has an account. Here
// a login for an e-mail with no password identity does the same scrypt
// work on a throwaway salt before Medusa answers its "Invalid email or
// password" — the same answer, in about the same time.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

function burnScrypt(password: string): Promise<void> {
  return new Promise((resolve) =>
    scrypt(password, randomBytes(32), 64, SCRYPT, () => resolve())
  )
}

export async function equalLoginEffort(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { email, password } = (req.body ?? {}) as {
    email?: unknown
    password?: unknown
  }
  if (typeof email === "string" && typeof password === "string") {
    const auth = req.scope.resolve(Modules.AUTH)
    const [known] = await auth.listProviderIdentities(
      { entity_id: email, provider: "emailpass" },
      { select: ["id"], take: 1 }
    )
    if (!known) await burnScrypt(password)
  }
  next()
}

// A registration refused because the e-mail is taken answers as a failed
// login does, not "Identity with email already exists". (That a new e-mail
// registers and a taken one does not stays visible, as in any sign-up,
// until sign-up is confirmed by e-mail; failures are throttled per address.)
export function sameRefusalAsLogin(
  _req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const message = (body as { message?: unknown } | null)?.message
    if (
      res.statusCode === 401 &&
      typeof message === "string" &&
      /already exists/i.test(message)
    ) {
      return json({ ...(body as object), message: "Invalid email or password" })
    }
    return json(body)
  }
  next()
}
