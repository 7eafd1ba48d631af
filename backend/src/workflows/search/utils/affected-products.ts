import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import pLimit from "p-limit"
import { syncSearchDocumentsWorkflow } from ".."
import {
  orderProductIds,
  stockLevelProductIds,
} from "../../order/utils/order-reads"
import { SEARCH_MODULE } from "../../../modules/product-search"
import type SearchModuleService from "../../../modules/product-search/service"

type Source =
  | "product"
  | "variant"
  | "price"
  | "inventory_level"
  | "batch"
  | "cooperative"
  | "order"

const unique = (ids: (string | null | undefined)[]) => [
  ...new Set(ids.filter((id): id is string => !!id)),
]

// The products whose search documents an event about these records may
// change: a product itself, a variant's product, a price's variant's
// product, a stock level's item's variants' products, a batch's variant's
// product, a cooperative's products, an order's products (allocation moves
// availability).
export async function affectedProducts(
  container: MedusaContainer,
  source: Source,
  ids: string[]
): Promise<string[]> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const graph = async (entity: string, fields: string[], filters: object) =>
    (await query.graph({ entity, fields, filters })).data as Record<
      string,
      unknown
    >[]
  switch (source) {
    case "product":
      return unique(ids)
    case "variant":
      return unique(
        (await graph("variant", ["product_id"], { id: ids })).map(
          (v) => v.product_id as string
        )
      )
    case "price": {
      const prices = await graph("price", ["price_set_id"], { id: ids })
      const sets = unique(prices.map((p) => p.price_set_id as string))
      if (!sets.length) return []
      const rows = await graph("price_set", ["variant.product_id"], {
        id: sets,
      })
      return unique(
        rows.map(
          (s) => (s.variant as { product_id?: string } | null)?.product_id
        )
      )
    }
    case "inventory_level":
      // Every checkout reserves stock (an event per line), so one statement.
      return stockLevelProductIds(container, ids)
    case "batch": {
      const rows = await graph("batch", ["product_variant.product_id"], {
        id: ids,
      })
      return unique(
        rows.map(
          (b) =>
            (b.product_variant as { product_id?: string } | null)?.product_id
        )
      )
    }
    case "cooperative": {
      const rows = await graph("cooperative", ["products.id"], { id: ids })
      return unique(
        rows.flatMap((c) =>
          ((c.products ?? []) as ({ id: string } | null)[]).map((p) => p?.id)
        )
      )
    }
    case "order":
      return orderProductIds(container, ids)
  }
}

// One sync at a time per process, over every product waiting. Medusa's
// local event bus runs every subscriber of every event at once: a burst (a
// cooperative listing 40 products emits ~160 product, variant, price and
// stock events; ten shoppers checking out at once emit ten order.placed)
// would start as many syncs together, drain the database pool and, in one
// process, take the CPU the shoppers' requests need. So events only add
// their products to `waiting` (two lookups at a time), and one sync at a
// time takes everything waiting: a burst becomes a sync or two. A sync
// reads the catalogue, then writes, so two overlapping syncs of one product
// (suspend, then approve) could write the older read last; one at a time
// makes the last writer also the last reader, and a product whose event
// comes while a sync runs waits for the next. Across processes (Redis event
// bus) that overlap remains possible; the nightly reindex repairs it.
const lookupSlots = pLimit(2)
const syncSlots = pLimit(1)
let waiting = new Set<string>()

async function syncWaiting(container: MedusaContainer): Promise<void> {
  if (!waiting.size) return
  const productIds = [...waiting]
  waiting = new Set()
  // Their pages too: the storefront drops its cached copies on its next
  // look at /store/product-changes. A failure fails the subscriber whose
  // turn ran the sync (Medusa logs it); the nightly reindex repairs the
  // documents, as it did when each event synced its own.
  await container
    .resolve<SearchModuleService>(SEARCH_MODULE)
    .recordProductChanges(productIds)
  await syncSearchDocumentsWorkflow(container).run({
    input: { product_ids: productIds },
  })
}

// What every search subscriber does: the products an event touches get
// their documents rebuilt in every provider, and their pages marked changed.
// Resolves once they have been (by this event's sync or by one that took
// them with others'). A bulk load (seed:scale) sets SEARCH_EVENTS=off and
// reindexes once at the end instead of once per event.
export async function syncSearchForEvent(
  container: MedusaContainer,
  source: Source,
  data: { id: string } | { id: string }[]
): Promise<void> {
  if (process.env.SEARCH_EVENTS === "off") return
  const ids = (Array.isArray(data) ? data : [data]).map((d) => d.id)
  const productIds = await lookupSlots(() =>
    affectedProducts(container, source, ids)
  )
  if (!productIds.length) return
  for (const id of productIds) waiting.add(id)
  await syncSlots(() => syncWaiting(container))
}
