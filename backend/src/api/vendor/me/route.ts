import { updateCooperativeProfileWorkflow } from "../../../workflows/cooperative"
import type { VendorUpdateProfileType } from "./validators"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveVendorCaller } from "../caller"
import { toCooperativeView } from "../../utils/cooperative-view"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

// The signed-in cooperative user and their cooperative.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: ["*", "certifications.*"],
    filters: { id: caller.cooperative.id },
  })
  res.json({
    user: caller.user,
    cooperative: {
      ...toCooperativeView(cooperative),
      certifications: cooperative.certifications,
      // Where it may register and join households: its own county first.
      operating_counties: await req.scope
        .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
        .operatingCounties(caller.cooperative),
    },
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorUpdateProfileType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { result } = await updateCooperativeProfileWorkflow(req.scope).run({
    input: {
      actor_id: caller.user.id,
      update: { id: caller.cooperative.id, ...req.validatedBody },
    },
  })
  res.json({ cooperative: toCooperativeView(result) })
}
