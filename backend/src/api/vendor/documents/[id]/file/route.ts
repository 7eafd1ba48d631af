import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../../../modules/linkage"
import type LinkageModuleService from "../../../../../modules/linkage/service"
import { sendDocument } from "../../../../utils/send-document"
import { resolveVendorCaller } from "../../../caller"

// One of the cooperative's documents, as a download; another
// cooperative's, or none, is the same 404.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const [document] = await linkage.listLinkageDocuments(
    { id: req.params.id, cooperative_id: caller.cooperative.id },
    { take: 1 }
  )
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Document was not found")
  }
  await sendDocument(req.scope, res, document)
}
