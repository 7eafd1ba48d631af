import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../../../modules/product-search"
import type SearchModuleService from "../../../modules/product-search/service"
import { syncSearchDocumentsWorkflow } from ".."

const PAGE = 500

// Rebuilds every search document from the catalogue, a page of products at
// a time (in id order), then drops documents of products that are gone. Run
// by the nightly job and `npm run search:reindex`; logs its progress.
export async function reindexSearch(
  container: MedusaContainer
): Promise<{ products: number; indexed: number; removed: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const seen: string[] = []
  let indexed = 0
  let total = 0
  let after: string | undefined
  for (;;) {
    const { data, metadata } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: after ? { id: { $gt: after } } : {},
      pagination: { skip: 0, take: PAGE, order: { id: "ASC" } },
    })
    if (!data.length) break
    total ||= metadata?.count ?? 0
    const ids = data.map((p) => p.id as string)
    after = ids[ids.length - 1]
    const { result } = await syncSearchDocumentsWorkflow(container).run({
      input: { product_ids: ids },
    })
    seen.push(...ids)
    indexed += result.upserted
    logger.info(
      `search reindex: ${seen.length}/${Math.max(total, seen.length)} products (${indexed} searchable) into ${search.activeProviders().join(" + ")}`
    )
    if (ids.length < PAGE) break
  }
  const removed = await search.retainOnly(seen)
  logger.info(
    `search reindex done: ${indexed} searchable of ${seen.length} products, ${removed} stale documents removed`
  )
  return { products: seen.length, indexed, removed }
}
