import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { jurisdictionFilter } from "@tianfu/domain"
import { LINKAGE_MODULE } from "../../../../../modules/linkage"
import type LinkageModuleService from "../../../../../modules/linkage/service"
import { sendDocument } from "../../../../utils/send-document"
import { resolveBureauCaller } from "../../../caller"

// A cooperative's evidence file, for a reviewer checking a payment or an
// agreement: the cooperative is in the jurisdiction, or the document
// supports a payment or agreement of a household that is. Anything else is
// the same 404 as no document at all.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const notFound = () =>
    new MedusaError(MedusaError.Types.NOT_FOUND, "Document was not found")
  const [document] = await linkage.listLinkageDocuments(
    { id: req.params.id },
    { take: 1 }
  )
  if (!document) throw notFound()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const within = jurisdictionFilter(caller.jurisdiction_code)
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: ["id"],
    filters: { id: document.cooperative_id, county_code: within },
  })
  if (!cooperatives.length) {
    const [payouts, agreements] = await Promise.all([
      linkage.listLinkagePayouts(
        { evidence_document_id: document.id },
        { take: null, select: ["household_id"] }
      ),
      linkage.listLinkageAgreements(
        { document_id: document.id },
        { take: null, select: ["household_id"] }
      ),
    ])
    const households = [...payouts, ...agreements].map((r) => r.household_id)
    const { data: ours } = households.length
      ? await query.graph({
          entity: "household",
          fields: ["id"],
          filters: { id: households, county_code: within },
        })
      : { data: [] }
    if (!ours.length) throw notFound()
  }
  await sendDocument(req.scope, res, document)
}
