import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../modules/product-search"
import type SearchModuleService from "../../../modules/product-search/service"
import type { SearchHit } from "../../../modules/product-search/types"
import type { StoreSearchParamsType } from "./validators"

const toFen = (yuan: number | undefined) =>
  yuan === undefined ? undefined : Math.round(yuan * 100)
const toYuan = (fen: number | null) => (fen === null ? null : fen / 100)

// Store prices are yuan, as in Medusa's own store API; documents keep fen.
const present = (hit: SearchHit) => ({
  ...hit,
  price_min: toYuan(hit.price_min),
  price_max: toYuan(hit.price_max),
})

// Product search with filters, sort, facets and pagination. An empty q
// lists the catalogue (newest first unless sorted otherwise).
export const GET = async (
  req: MedusaRequest<unknown, StoreSearchParamsType>,
  res: MedusaResponse
) => {
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const params = req.validatedQuery
  const result = await search.searchProducts({
    q: params.q.trim(),
    county_code: params.county,
    category: params.category,
    certification: params.certification,
    price_min: toFen(params.min_price),
    price_max: toFen(params.max_price),
    in_stock: params.in_stock,
    sort: params.sort,
    limit: params.limit,
    offset: params.offset,
  })
  res.json({
    hits: result.hits.map(present),
    count: result.count,
    offset: params.offset,
    limit: params.limit,
    facets: result.facets,
    provider: result.provider,
    fuzzy: result.fuzzy,
  })
}
