import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { importInJurisdiction, importView } from "../../import-access"

// One import and its progress (rows read, created, updated, unchanged,
// refused; households missing from the file once it completed).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { found } = await importInJurisdiction(req)
  res.json({ import: importView(found) })
}
