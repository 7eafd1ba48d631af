import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { buildSearchDocumentsStep } from "../steps/build-search-documents"
import { indexSearchDocumentsStep } from "../steps/index-search-documents"

// Brings the search documents of some products in line with the catalogue:
// run by the search subscribers on every product, variant, price, stock,
// batch, cooperative and order change, and by the full reindex.
export const syncSearchDocumentsWorkflow = createWorkflow(
  "sync-search-documents",
  (input: { product_ids: string[] }) => {
    const change = buildSearchDocumentsStep(input)
    return new WorkflowResponse(indexSearchDocumentsStep(change))
  }
)
