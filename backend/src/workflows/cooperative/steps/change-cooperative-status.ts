import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveInJurisdiction } from "../../bureau/utils/retrieve-in-jurisdiction"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CooperativeStatus = "pending" | "approved" | "suspended"

export type ChangeCooperativeStatusInput = {
  cooperative_id: string
  // null: a platform operator, whose jurisdiction is everywhere.
  jurisdiction_code: string | null
  status: Exclude<CooperativeStatus, "pending">
  reason?: string | null
  // Narrower than the transitions below: an operator reinstates a
  // suspended cooperative, it does not approve a new one.
  allowed_from?: CooperativeStatus[]
}

const ALLOWED_FROM: Record<
  ChangeCooperativeStatusInput["status"],
  CooperativeStatus[]
> = {
  approved: ["pending", "suspended"],
  suspended: ["pending", "approved"],
}

// A cooperative outside the reviewer's jurisdiction does not exist for them
// (404); a transition that makes no sense is a 400.
export const validateCooperativeStatusChangeStep = createStep(
  "validate-cooperative-status-change",
  async (input: ChangeCooperativeStatusInput, { container }) => {
    const cooperative = await retrieveInJurisdiction<{
      id: string
      county_code: string
      status: CooperativeStatus
      status_reason: string | null
    }>(
      container,
      "cooperative",
      input.cooperative_id,
      input.jurisdiction_code,
      ["id", "county_code", "status", "status_reason"]
    )
    const allowed = input.allowed_from ?? ALLOWED_FROM[input.status]
    if (
      !ALLOWED_FROM[input.status].includes(cooperative.status) ||
      !allowed.includes(cooperative.status)
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status cannot change from ${cooperative.status} to ${input.status}`
      )
    }
    return new StepResponse(cooperative)
  }
)

// Sets the status (and reason); compensation restores the previous pair.
export const updateCooperativeStatusStep = createStep(
  "update-cooperative-status",
  async (
    input: {
      id: string
      status: CooperativeStatus
      status_reason: string | null
    },
    { container }
  ) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const before = await cooperatives.retrieveCooperative(input.id)
    const updated = await cooperatives.updateCooperatives(input)
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      status_reason: before.status_reason,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCooperatives(previous)
  }
)
