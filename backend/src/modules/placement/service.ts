import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { textArray } from "@tianfu/domain"
import { Placement } from "./models/placement"

export type PlacementStart = {
  id: string
  created_at: Date
  finished_at: Date | null
  // This call wrote the record (no earlier attempt left one).
  created: boolean
}

// Every checkout writes a placement three times, so the writes are single
// statements (the generated create and update read before they write), run
// outside a transaction: a single statement is atomic, and BEGIN and COMMIT
// would add two round trips to every checkout.
class PlacementModuleService extends MedusaService({ Placement }) {
  // Records the start of the cart's checkout, or returns the record an
  // earlier attempt left (the unique cart_id makes the insert a no-op then).
  @InjectManager()
  async beginPlacement(
    cartId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PlacementStart> {
    const em = sharedContext.manager as SqlEntityManager
    const [created]: Omit<PlacementStart, "created">[] = await em.execute(
      `insert into placement (id, cart_id) values (?, ?)
       on conflict (cart_id) where deleted_at is null do nothing
       returning id, created_at, finished_at`,
      [generateEntityId(undefined, "plcmt"), cartId]
    )
    if (created) return { ...created, created: true }
    const [earlier]: Omit<PlacementStart, "created">[] = await em.execute(
      `select id, created_at, finished_at from placement
        where cart_id = ? and deleted_at is null`,
      [cartId]
    )
    return { ...earlier, created: false }
  }

  // Marks the placement finished with its order; false when it already was.
  @InjectManager()
  async finishPlacement(
    id: string,
    orderId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const em = sharedContext.manager as SqlEntityManager
    const finished = await em.execute(
      `update placement
          set finished_at = now(), order_id = ?, updated_at = now()
        where id = ? and finished_at is null
      returning id`,
      [orderId, id]
    )
    return finished.length > 0
  }

  // Marks the order's placements whose order.placed has not been handled
  // as handled (a draft order has none); returns the ids it marked, for
  // unmarkHandled to undo.
  @InjectManager()
  async markHandled(
    orderId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const em = sharedContext.manager as SqlEntityManager
    const marked: { id: string }[] = await em.execute(
      `update placement
          set handled_at = now(), updated_at = now()
        where order_id = ? and handled_at is null and deleted_at is null
      returning id`,
      [orderId]
    )
    return marked.map((row) => row.id)
  }

  @InjectManager()
  async unmarkHandled(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) return
    const em = sharedContext.manager as SqlEntityManager
    await em.execute(
      `update placement set handled_at = null, updated_at = now()
        where id = any(?::text[])`,
      [textArray(ids)]
    )
  }
}

export default PlacementModuleService
