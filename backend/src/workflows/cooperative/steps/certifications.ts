import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CertificationInput = {
  cooperative_id: string
  kind:
    | "green_food"
    | "organic"
    | "geographic_indication"
    | "pollution_free"
    | "other"
  number: string
  issued_by?: string | null
  expires_at?: Date | string | null
}

// Adds a certification; compensation removes it.
export const createCertificationStep = createStep(
  "create-cooperative-certification",
  async (input: CertificationInput, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const created = await cooperatives.createCooperativeCertifications({
      ...input,
      expires_at: input.expires_at ? new Date(input.expires_at) : null,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteCooperativeCertifications(id)
  }
)

// Removes one of the cooperative's own certifications (soft delete, so
// compensation can restore it); another cooperative's is a 404.
export const removeCertificationStep = createStep(
  "remove-cooperative-certification",
  async (input: { id: string; cooperative_id: string }, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const [certification] = await cooperatives.listCooperativeCertifications({
      id: input.id,
      cooperative_id: input.cooperative_id,
    })
    if (!certification) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Certification ${input.id} was not found`
      )
    }
    await cooperatives.softDeleteCooperativeCertifications(input.id)
    return new StepResponse(certification, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.restoreCooperativeCertifications(id)
  }
)
