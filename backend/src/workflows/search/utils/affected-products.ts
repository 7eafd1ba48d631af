import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import pLimit from "p-limit"
import { LINK_TABLES, selectRows } from "../../utils/link-tables"
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

// Events whose only effect on a search document is its in_stock flag: an
// order placed or canceled moves batch units (allocation), and a stock
// level's quantities are not in the document at all. Every checkout emits
// one order event and one stock event per line, so these rebuild a
// document only when the flag moved.
const STOCK_ONLY = new Set<Source>(["order", "inventory_level"])

// Of these products, those whose stored document's in_stock differs from
// what their batches say now, or that have no document: in_stock as
// build-documents.ts computes it (some batch of a variant has more units
// than are allocated).
async function stockFlagMoved(
  container: MedusaContainer,
  productIds: string[]
): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    container,
    `select p.id
       from unnest(?::text[]) as p(id)
       left join search_document d on d.id = p.id and d.deleted_at is null
      where d.id is null or d.in_stock is distinct from exists (
              select 1
                from product_variant v
                join ${LINK_TABLES.variantBatch} vb
                  on vb.product_variant_id = v.id and vb.deleted_at is null
                join batch b on b.id = vb.batch_id and b.deleted_at is null
                 and b.voided_at is null
               where v.product_id = p.id and v.deleted_at is null
                 and b.stock_quantity > b.allocated_quantity)
      order by p.id`,
    [productIds]
  )
  return rows.map((r) => r.id)
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
// Products whose documents are rebuilt by the next sync, and products
// whose pages alone changed (stock: see STOCK_ONLY).
let waiting = new Set<string>()
let pagesOnly = new Set<string>()

async function syncWaiting(container: MedusaContainer): Promise<void> {
  if (!waiting.size && !pagesOnly.size) return
  const productIds = [...waiting]
  const pages = [...new Set([...productIds, ...pagesOnly])]
  waiting = new Set()
  pagesOnly = new Set()
  // Their pages too: the storefront drops its cached copies on its next
  // look at /store/product-changes. A failure fails the subscriber whose
  // turn ran the sync (Medusa logs it); the nightly reindex repairs the
  // documents, as it did when each event synced its own.
  await container
    .resolve<SearchModuleService>(SEARCH_MODULE)
    .recordProductChanges(pages)
  if (!productIds.length) return
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
  const rebuild = new Set(
    STOCK_ONLY.has(source)
      ? await lookupSlots(() => stockFlagMoved(container, productIds))
      : productIds
  )
  for (const id of productIds) {
    // The others' documents stay as they are, but their pages show stock.
    if (rebuild.has(id)) waiting.add(id)
    else pagesOnly.add(id)
  }
  await syncSlots(() => syncWaiting(container))
}

// After an order's batch units moved (allocated at placement, released at
// cancel): its products' availability in search follows. Called by the
// order subscribers once they have moved the units, so the read sees them;
// a failure is logged and left to the nightly reindex, never failing the
// ledger work around it.
export async function syncSearchAfterUnitsMoved(
  container: MedusaContainer,
  orderId: string
): Promise<void> {
  try {
    await syncSearchForEvent(container, "order", { id: orderId })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `search: availability of order ${orderId}'s products not synced (${(error as Error).message}); the nightly reindex repairs it`
      )
  }
}
