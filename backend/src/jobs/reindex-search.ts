import type { MedusaContainer } from "@medusajs/framework/types"
import { reindexSearch } from "../workflows/search/utils/reindex"

// Nightly: rebuilds every search document, catching anything an event
// missed (a provider that was down, a change made outside the workflows).
export default async function reindexSearchJob(container: MedusaContainer) {
  await reindexSearch(container)
}

export const config = {
  name: "reindex-search",
  // 04:10 every night, after reconciliation.
  schedule: "10 4 * * *",
}
