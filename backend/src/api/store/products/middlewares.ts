import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  allProductsNotForSale,
  productsNotForSale,
} from "../../../workflows/product/utils/for-sale"

// A product of a cooperative that may not sell now reads as one that does
// not exist.
async function onlyProductsForSale(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const blocked = await productsNotForSale(req.scope, [req.params.id])
  if (blocked.size) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${req.params.id} was not found`
    )
  }
  next()
}

// Medusa's product list leaves them out too (after its own query
// validation, which set the filters this narrows).
async function listOnlyProductsForSale(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const blocked = await allProductsNotForSale(req.scope)
  if (blocked.length) {
    const filters = (req.filterableFields ?? {}) as Record<string, unknown>
    const id = filters.id
    if (id === undefined) {
      filters.id = { $nin: blocked }
    } else if (typeof id === "string" || Array.isArray(id)) {
      const hidden = new Set(blocked)
      filters.id = [id].flat().filter((one) => !hidden.has(String(one)))
    } else {
      filters.$and = [
        ...((filters.$and as unknown[] | undefined) ?? []),
        { id: { $nin: blocked } },
      ]
    }
    req.filterableFields = filters
  }
  next()
}

// Adding a variant of such a product to a cart is refused, naming it.
async function onlyVariantsForSale(
  req: MedusaRequest<{ variant_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const variantId = req.body?.variant_id
  if (typeof variantId === "string") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: variantId },
    })
    const blocked = variant?.product_id
      ? await productsNotForSale(req.scope, [variant.product_id])
      : new Map()
    if (blocked.size) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `variant_id: ${variantId} is not for sale: its cooperative is not selling now`
      )
    }
  }
  next()
}

export const storeProductsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [listOnlyProductsForSale],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [onlyProductsForSale],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id/provenance",
    middlewares: [onlyProductsForSale],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/line-items",
    middlewares: [onlyVariantsForSale],
  },
]
