import type { Context } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Batch } from "./models/batch"
import { BatchContribution } from "./models/batch-contribution"
import { TraceEvent } from "./models/trace-event"

export type UnitRequest = {
  line_item_id: string
  // Every batch of the line's variant; the oldest harvest is used first.
  batch_ids: string[]
  quantity: number
}

export type UnitAllocation = {
  line_item_id: string
  batch_id: string
  quantity: number
}

class BatchModuleService extends MedusaService({
  Batch,
  BatchContribution,
  TraceEvent,
}) {
  // Takes units from batches, oldest harvest first, possibly across several.
  // The candidate rows are locked (FOR UPDATE, in id order so two orders
  // never deadlock) before their free units are read, so concurrent orders
  // for the last units of a batch queue here and none is promised twice; a
  // CHECK constraint backs this up. A line that finds too few free units gets
  // what there is: Medusa's own inventory check decides whether the order may
  // be placed, and unallocated units are attributed to the cooperative.
  @InjectTransactionManager()
  async allocateUnits(
    requests: UnitRequest[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UnitAllocation[]> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const ids = [...new Set(requests.flatMap((r) => r.batch_ids))].sort()
    if (!ids.length) return []
    const locked: {
      id: string
      free: number
      harvested_at: Date
      created_at: Date
    }[] = await em.execute(
      `select id, stock_quantity - allocated_quantity as free,
              harvested_at, created_at
         from batch
        where id = any(?::text[]) and deleted_at is null
        order by id
          for update`,
      [`{${ids.join(",")}}`]
    )
    const free = new Map(locked.map((b) => [b.id, Number(b.free)]))
    const oldestFirst = [...locked]
      .sort(
        (a, b) =>
          new Date(a.harvested_at).getTime() -
            new Date(b.harvested_at).getTime() ||
          new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
          (a.id < b.id ? -1 : 1)
      )
      .map((b) => b.id)
    const allocations: UnitAllocation[] = []
    for (const request of requests) {
      let wanted = request.quantity
      const candidates = new Set(request.batch_ids)
      for (const batchId of oldestFirst) {
        if (wanted <= 0) break
        if (!candidates.has(batchId)) continue
        const take = Math.min(wanted, free.get(batchId) ?? 0)
        if (take <= 0) continue
        free.set(batchId, (free.get(batchId) ?? 0) - take)
        wanted -= take
        allocations.push({
          line_item_id: request.line_item_id,
          batch_id: batchId,
          quantity: take,
        })
      }
    }
    await this.changeAllocated(em, allocations, 1)
    return allocations
  }

  // Gives allocated units back (order canceled, or a failed placement undone).
  @InjectTransactionManager()
  async releaseUnits(
    allocations: { batch_id: string; quantity: number }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const em = sharedContext.transactionManager as SqlEntityManager
    await this.changeAllocated(em, allocations, -1)
  }

  // Puts released units back on hold: the undo of releaseUnits.
  @InjectTransactionManager()
  async holdUnits(
    allocations: { batch_id: string; quantity: number }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const em = sharedContext.transactionManager as SqlEntityManager
    await this.changeAllocated(em, allocations, 1)
  }

  private async changeAllocated(
    em: SqlEntityManager,
    allocations: { batch_id: string; quantity: number }[],
    sign: 1 | -1
  ): Promise<void> {
    const perBatch = new Map<string, number>()
    for (const a of allocations) {
      perBatch.set(a.batch_id, (perBatch.get(a.batch_id) ?? 0) + a.quantity)
    }
    if (!perBatch.size) return
    await em.execute(
      `update batch b
          set allocated_quantity = b.allocated_quantity + c.delta
         from jsonb_to_recordset(?::jsonb) as c(id text, delta integer)
        where b.id = c.id`,
      [
        JSON.stringify(
          [...perBatch].map(([id, quantity]) => ({
            id,
            delta: sign * quantity,
          }))
        ),
      ]
    )
  }
}

export default BatchModuleService
