import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

// The cooperative's own agreement; another cooperative's, or none, is the
// same 404.
export async function ownAgreement(
  container: MedusaContainer,
  id: string,
  cooperativeId: string
) {
  const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
  const [agreement] = await linkage.listLinkageAgreements(
    { id, cooperative_id: cooperativeId },
    { take: 1 }
  )
  if (!agreement) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Agreement was not found"
    )
  }
  return agreement
}
