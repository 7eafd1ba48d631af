import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/product-search"
import type SearchModuleService from "../../../modules/product-search/service"
import type { SearchDocument } from "../../../modules/product-search/types"

type Change = { upsert: SearchDocument[]; remove: string[] }

// Writes the documents to every search provider. Compensation puts back
// what PostgreSQL held for those products before (and removes the ones it
// did not hold), in every provider.
export const indexSearchDocumentsStep = createStep(
  "index-search-documents",
  async (change: Change, { container }) => {
    const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
    const ids = [...change.upsert.map((d) => d.id), ...change.remove]
    const before = ids.length
      ? await search.listSearchDocuments({ id: ids }, { take: null })
      : []
    await search.indexDocuments(change)
    return new StepResponse(
      { upserted: change.upsert.length, removed: change.remove.length },
      { ids, before: before as unknown as SearchDocument[] }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
    const held = new Set(previous.before.map((d) => d.id))
    await search.indexDocuments({
      upsert: previous.before,
      remove: previous.ids.filter((id) => !held.has(id)),
    })
  }
)
