import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Batch } from "./models/batch"
import { BatchAllocation } from "./models/batch-allocation"
import { BatchContribution } from "./models/batch-contribution"
import { TraceEvent } from "./models/trace-event"
import { textArray } from "@tianfu/domain"

export type UnitRequest = {
  line_item_id: string
  // Every batch of the line's variant; the oldest harvest is used first.
  batch_ids: string[]
  quantity: number
}

// Units of one batch promised to one order line (a batch_allocation row).
export type UnitAllocation = {
  id: string
  line_item_id: string
  batch_id: string
  quantity: number
}

export type AllocationResult = {
  // Every unreleased allocation of the requested lines, earlier ones and new.
  allocations: UnitAllocation[]
  // The records this call created: all that undoing it may remove.
  created_ids: string[]
}

type RecordedAllocation = UnitAllocation & { released_at: Date | null }

// Units of one batch held by one order line: an unreleased batch_allocation.
export type LineAllocation = {
  line_item_id: string
  batch_id: string
  quantity: number
}

// Why a void is refused, in the same words whichever check finds it first
// (the workflow's reading before any write, or this service under its lock).
export const VOID_REFUSALS = {
  alreadyVoided: "This batch is already voided",
  sold: "Units of this batch were sold; it cannot be voided. Correct its record with a trace event instead",
} as const

class BatchModuleService extends MedusaService({
  Batch,
  BatchAllocation,
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
  // Idempotent per line: the records are written with the counter, so a line
  // that already has records (read after the lock, when any concurrent call
  // for it has committed) gets them back and nothing changes. A line whose
  // records were released (order canceled) is not allocated again.
  @InjectTransactionManager()
  async allocateUnits(
    requests: UnitRequest[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AllocationResult> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const lineIds = [...new Set(requests.map((r) => r.line_item_id))]
    if (!lineIds.length) return { allocations: [], created_ids: [] }
    const ids = [...new Set(requests.flatMap((r) => r.batch_ids))].sort()
    const locked: {
      id: string
      free: number
      harvested_at: Date
      created_at: Date
    }[] = ids.length
      ? await em.execute(
          `select id, stock_quantity - allocated_quantity as free,
                  harvested_at, created_at
             from batch
            where id = any(?::text[]) and deleted_at is null
              and voided_at is null
            order by id
              for update`,
          [textArray(ids)]
        )
      : []
    const recorded: RecordedAllocation[] = await em.execute(
      `select a.id, a.line_item_id, a.batch_id, a.quantity, a.released_at
         from batch_allocation a
         join batch b on b.id = a.batch_id
        where a.line_item_id = any(?::text[]) and a.deleted_at is null
        order by b.harvested_at, b.created_at, b.id`,
      [textArray(lineIds)]
    )
    const handled = new Set(recorded.map((a) => a.line_item_id))
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
    const created: UnitAllocation[] = []
    for (const request of requests) {
      if (handled.has(request.line_item_id)) continue
      handled.add(request.line_item_id)
      let wanted = request.quantity
      const candidates = new Set(request.batch_ids)
      for (const batchId of oldestFirst) {
        if (wanted <= 0) break
        if (!candidates.has(batchId)) continue
        const take = Math.min(wanted, free.get(batchId) ?? 0)
        if (take <= 0) continue
        free.set(batchId, (free.get(batchId) ?? 0) - take)
        wanted -= take
        created.push({
          id: generateEntityId(undefined, "balloc"),
          line_item_id: request.line_item_id,
          batch_id: batchId,
          quantity: take,
        })
      }
    }
    if (created.length) {
      // Records and counter in one statement; the batches are already
      // locked above, so changeAllocated's own locking is not needed.
      await em.execute(
        `with created as (
           insert into batch_allocation (id, line_item_id, batch_id, quantity)
           select id, line_item_id, batch_id, quantity
             from jsonb_to_recordset(?::jsonb)
               as r(id text, line_item_id text, batch_id text, quantity integer)
           returning batch_id, quantity
         )
         update batch b
            set allocated_quantity = b.allocated_quantity + c.delta
           from (select batch_id, sum(quantity)::int as delta
                   from created group by batch_id) c
          where b.id = c.batch_id`,
        [JSON.stringify(created)]
      )
    }
    const earlier = recorded
      .filter((a) => !a.released_at)
      .map(({ id, line_item_id, batch_id, quantity }) => ({
        id,
        line_item_id,
        batch_id,
        quantity: Number(quantity),
      }))
    return {
      allocations: lineIds.flatMap((lineId) =>
        [...earlier, ...created].filter((a) => a.line_item_id === lineId)
      ),
      created_ids: created.map((a) => a.id),
    }
  }

  // The units order lines hold, per batch: their unreleased allocation
  // records. This is the allocation; attribution splits a line's money by
  // these quantities. A canceled order's lines hold nothing.
  @InjectManager()
  async heldAllocations(
    lineItemIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LineAllocation[]> {
    if (!lineItemIds.length) return []
    const em = sharedContext.manager as SqlEntityManager
    const rows: LineAllocation[] = await em.execute(
      `select line_item_id, batch_id, quantity
         from batch_allocation
        where line_item_id = any(?::text[])
          and released_at is null and deleted_at is null
        order by line_item_id, batch_id`,
      [textArray(lineItemIds)]
    )
    return rows.map((r) => ({ ...r, quantity: Number(r.quantity) }))
  }

  // The undo of allocateUnits: removes the records it created (the placement
  // is undone, so nothing of them is kept) and gives back their units, unless
  // a release already did.
  @InjectTransactionManager()
  async revertAllocation(
    allocationIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!allocationIds.length) return
    const em = sharedContext.transactionManager as SqlEntityManager
    const removed: { batch_id: string; quantity: number }[] = await em.execute(
      `delete from batch_allocation
        where id = any(?::text[])
       returning batch_id,
                 case when released_at is null then quantity else 0 end
                   as quantity`,
      [textArray(allocationIds)]
    )
    await this.changeAllocated(em, removed, -1)
  }

  // Gives a canceled order's units back: marks its lines' unreleased records
  // released and takes them off the counter, in one transaction. Returns the
  // ids marked; a second call finds nothing left to release.
  @InjectTransactionManager()
  async releaseLines(
    lineItemIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!lineItemIds.length) return []
    const em = sharedContext.transactionManager as SqlEntityManager
    const released: { id: string; batch_id: string; quantity: number }[] =
      await em.execute(
        `update batch_allocation
            set released_at = now(), updated_at = now()
          where line_item_id = any(?::text[])
            and released_at is null and deleted_at is null
        returning id, batch_id, quantity`,
        [textArray(lineItemIds)]
      )
    await this.changeAllocated(em, released, -1)
    return released.map((a) => a.id)
  }

  // The undo of releaseLines: holds the records' units again.
  @InjectTransactionManager()
  async revertRelease(
    allocationIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!allocationIds.length) return
    const em = sharedContext.transactionManager as SqlEntityManager
    const held: { batch_id: string; quantity: number }[] = await em.execute(
      `update batch_allocation
          set released_at = null, updated_at = now()
        where id = any(?::text[])
          and released_at is not null and deleted_at is null
      returning batch_id, quantity`,
      [textArray(allocationIds)]
    )
    await this.changeAllocated(em, held, 1)
  }

  // Voids a batch recorded in error, if nothing of it was ever promised to
  // an order: the row is locked as allocateUnits locks it, so an order
  // placed at the same moment either allocates first (and the void is
  // refused) or finds the batch voided (and takes nothing from it). A batch
  // with any allocation record, released ones included, has a sales history
  // and is corrected with trace events instead. Returns the batch as it was.
  @InjectTransactionManager()
  async voidBatch(
    input: { id: string; cooperative_id: string; reason: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; stock_quantity: number }> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const [batch]: {
      id: string
      stock_quantity: number
      voided_at: Date | null
    }[] = await em.execute(
      `select id, stock_quantity, voided_at
         from batch
        where id = ? and cooperative_id = ? and deleted_at is null
          for update`,
      [input.id, input.cooperative_id]
    )
    if (!batch) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Batch ${input.id} was not found`
      )
    }
    if (batch.voided_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        VOID_REFUSALS.alreadyVoided
      )
    }
    const [{ count }]: { count: number }[] = await em.execute(
      `select count(*)::int as count from batch_allocation
        where batch_id = ? and deleted_at is null`,
      [input.id]
    )
    if (count > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, VOID_REFUSALS.sold)
    }
    await em.execute(
      `update batch set voided_at = now(), void_reason = ?, updated_at = now()
        where id = ?`,
      [input.reason, input.id]
    )
    return { id: batch.id, stock_quantity: Number(batch.stock_quantity) }
  }

  // The undo of voidBatch.
  @InjectTransactionManager()
  async unvoidBatch(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const em = sharedContext.transactionManager as SqlEntityManager
    await em.execute(
      `update batch set voided_at = null, void_reason = null, updated_at = now()
        where id = ?`,
      [id]
    )
  }

  // Batches are locked in id order first, as allocateUnits locks them, so a
  // release and an allocation touching the same batches cannot deadlock.
  private async changeAllocated(
    em: SqlEntityManager,
    allocations: { batch_id: string; quantity: number }[],
    sign: 1 | -1
  ): Promise<void> {
    const perBatch = new Map<string, number>()
    for (const a of allocations) {
      perBatch.set(
        a.batch_id,
        (perBatch.get(a.batch_id) ?? 0) + Number(a.quantity)
      )
    }
    if (!perBatch.size) return
    await em.execute(
      `select id from batch where id = any(?::text[]) order by id for update`,
      [textArray([...perBatch.keys()].sort())]
    )
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
