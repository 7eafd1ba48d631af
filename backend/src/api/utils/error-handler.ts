import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { applySecurityHeaders } from "./security-headers"

const medusaErrorHandler = errorHandler()

// Medusa's request validators end a message with the value they refused
// ("…for field 'limit', got: '5134…'") and its list routes with "Order field
// <value> is not valid": an answer (and the log line written from it) never
// repeats what the caller sent, so those values are cut out here.
const ECHOED_VALUE = /,? (?:but )?got: '[\s\S]*?'(?=; [A-Z]|\n|$)/g
const ECHOED_ORDER = /^Order field [\s\S]* is not valid$/

// MikroORM refuses ordering by a property the model lacks with a plain
// error (a 500); Medusa's admin list routes pass `order` through unchecked.
const UNKNOWN_ORDER = /^Trying to order by not existing property /

const ORDER_MESSAGE = "order: must name a field this list can be sorted by"

type WithMessage = { message?: unknown }

export function scrubMessage(message: string): string {
  if (ECHOED_ORDER.test(message)) return ORDER_MESSAGE
  return message.replace(ECHOED_VALUE, "")
}

// The last middleware of every request: turns what callers caused into
// their 4xx without their values, then answers as Medusa does.
export function tianfuErrorHandler(
  err: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const message = (err as WithMessage)?.message
  if (typeof message === "string" && UNKNOWN_ORDER.test(message)) {
    err = new MedusaError(MedusaError.Types.INVALID_DATA, ORDER_MESSAGE)
  } else if (typeof message === "string") {
    ;(err as WithMessage).message = scrubMessage(message)
  }
  // An error raised before the security headers middleware ran (a missing
  // publishable key, a body that is not JSON) is answered with them too.
  applySecurityHeaders(req, res)
  // Medusa answers every CONFLICT with one generic "retry with an
  // Idempotency-Key" text; ours say what happened (a slip already answered,
  // an agreement already in force, a payment operation still running), and
  // none of them repeats a value the caller sent.
  if (
    MedusaError.isMedusaError(err) &&
    err.type === MedusaError.Types.CONFLICT &&
    !res.headersSent
  ) {
    res.status(409).json({ type: "conflict", message: err.message })
    return
  }
  return medusaErrorHandler(err, req, res, next)
}
