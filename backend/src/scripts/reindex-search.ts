import type { ExecArgs } from "@medusajs/framework/types"
import { reindexSearch } from "../workflows/search/utils/reindex"

// `npm run search:reindex` (medusa exec): a full rebuild of the search index.
export default async function reindex({ container }: ExecArgs) {
  await reindexSearch(container)
}
