import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildSearchDocuments } from "../utils/build-documents"

// Reads the products as search must show them (read-only: no compensation).
export const buildSearchDocumentsStep = createStep(
  "build-search-documents",
  async (input: { product_ids: string[] }, { container }) =>
    new StepResponse(await buildSearchDocuments(container, input.product_ids))
)
