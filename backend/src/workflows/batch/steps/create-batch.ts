import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateTraceCode } from "../../../lib/provenance/trace-code"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"
import type { ContributionInput } from "./validate-batch"

export type CreateBatchInput = {
  cooperative_id: string
  county_code: string
  village: string
  harvested_at: Date | string
  quantity: number
  unit: "kg" | "g" | "piece" | "l"
  stock_quantity: number
  // Fen per unit paid to suppliers.
  purchase_price?: number | null
  certifications?: string[] | null
  inspection?: Record<string, unknown> | null
  contributions: ContributionInput[]
}

// Writes the batch and its contributions with a fresh public trace code.
export const createBatchStep = createStep(
  "create-batch",
  async (input: CreateBatchInput, { container }) => {
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const { contributions, ...batch } = input
    const created = await batches.createBatches({
      ...batch,
      harvested_at: new Date(batch.harvested_at),
      trace_code: generateTraceCode(),
      certifications: batch.certifications ?? [],
      inspection: batch.inspection ?? null,
    })
    await batches.createBatchContributions(
      contributions.map((c) => ({
        batch_id: created.id,
        household_id: c.household_id ?? null,
        supplier_name: c.supplier_name ?? null,
        quantity: c.quantity,
      }))
    )
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    await batches.deleteBatches(id)
  }
)
