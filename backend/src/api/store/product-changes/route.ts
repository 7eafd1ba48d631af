import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProductChanges } from "@tianfu/domain"
import { SEARCH_MODULE } from "../../../modules/product-search"
import type SearchModuleService from "../../../modules/product-search/service"
import type { StoreProductChangesParamsType } from "./validators"

// The products whose public pages changed since `since`, as the search
// subscribers record them (product, variant, price, stock, batch,
// cooperative and order events): the storefront asks every second and drops
// those pages from its cache. Ids only, of products anyone may look at.
export const GET = async (
  req: MedusaRequest<unknown, StoreProductChangesParamsType>,
  res: MedusaResponse
) => {
  const since = req.validatedQuery.since
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const { product_ids, until } = await search.productChangesSince(
    since ? new Date(since) : null
  )
  const changes: ProductChanges = {
    product_ids,
    until: new Date(until).toISOString(),
  }
  res.json(changes)
}
