import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

type Issue = {
  path: PropertyKey[]
  message: string
  code?: string
  keys?: string[]
}

// One line per problem, always naming the field and never repeating the
// value sent: Medusa's own formatter echoes wrong-typed values back
// ("got: '5134…'"), which for an ID number would put it in the response.
export function describeIssues(issues: Issue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      if (issue.code === "unrecognized_keys" && issue.keys?.length) {
        return `unrecognized field(s): ${issue.keys.join(", ")}`
      }
      const field = issue.path.map(String).join(".") || "body"
      return issue.message.startsWith(field)
        ? issue.message
        : `${field}: ${issue.message}`
    })
    .join("; ")
}

// Our body validator: a strict zod schema, a 400 naming every bad field.
export function validateBody<T extends z.ZodType>(schema: T) {
  return async (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const result = await schema.safeParseAsync(req.body ?? {})
    if (!result.success) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid request: ${describeIssues(result.error.issues)}`
        )
      )
    }
    req.validatedBody = result.data
    return next()
  }
}
