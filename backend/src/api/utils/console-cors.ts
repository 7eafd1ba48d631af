import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

// Medusa sets CORS for /store, /admin and /auth only. The console (its own
// origin, CONSOLE_URL) calls /vendor and /bureau from the browser with a
// bearer token; CONSOLE_CORS widens the list like STORE_CORS does.
const origins = parseCorsOrigins(
  process.env.CONSOLE_CORS || process.env.CONSOLE_URL || "http://localhost:7001"
)

// Content-Disposition: the console saves a downloaded document under the
// name the backend gives it.
const consoleCors = cors({
  origin: origins,
  credentials: true,
  exposedHeaders: ["Content-Disposition"],
})

export function allowConsoleOrigin(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  consoleCors(req, res, next)
}
