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
import { settleOldestFirst } from "@tianfu/domain"
import { textArray } from "@tianfu/domain"
import {
  LinkageConfirmationToken,
  LinkageDisputeResolution,
  LinkagePayoutResponse,
} from "./models/confirmation"
import { LinkageDocument } from "./models/document"
import { LinkageAgreement } from "./models/linkage-agreement"
import { LinkageObligation } from "./models/obligation"
import { LinkagePayout } from "./models/payout"
import { LinkageSettlement } from "./models/settlement"
import {
  type BenefitFigures,
  type BenefitQuery,
  benefitFigures,
  OPEN_OBLIGATION_FIELDS,
  openObligations,
  type OpenObligationQuery,
} from "./read-model"
import {
  FOLD_DELTAS,
  LIVE_SETTLEMENTS,
  REBUILD_ROLLUPS,
  ROLLUP_COLUMNS,
  ROLLUP_FROM_LEDGER,
  COOPERATIVE_ROLLUP_FROM_HOUSEHOLDS,
  type RollupDelta,
  STANDING,
  YEAR_OF,
} from "./rollup"

type Kind = "purchase" | "wage" | "dividend" | "land_rent"

export type PayoutEntryInput = {
  cooperative_id: string
  household_id: string
  agreement_id: string
  kind: Kind
  entry: "payment" | "reversal"
  amount: number
  paid_on: Date
  method: "bank_transfer" | "wechat_pay" | "alipay" | "cash"
  reference: string
  reverses_id: string | null
  note?: string | null
  evidence_document_id?: string | null
  recorded_by: string
}

export type RecordedPayout = PayoutEntryInput & {
  id: string
  created_at: Date
  settlements: { obligation_id: string; amount: number }[]
}

export type SlipAnswer = {
  token_hash: string
  outcome: "confirmed" | "not_received" | "wrong_amount"
  responder: "household" | "first_secretary"
  note?: string | null
  county_code: string
}

// A slip as its QR code finds it: the payout, and the answer given on it.
export type Slip = {
  token_id: string
  expires_at: Date
  payout: {
    id: string
    cooperative_id: string
    household_id: string
    kind: Kind
    amount: number
    paid_on: Date
    reversed: boolean
  }
  answer: { outcome: string; responder: string; created_at: Date } | null
}

export type LinkageConsistency = {
  over_settled_obligations: { id: string; amount: number; settled: number }[]
  over_settling_payments: { id: string; amount: number; settled: number }[]
  settlements_by_reversals: string[]
  // An obligation whose kept `settled` is not what its settlements say.
  obligations_settled_differently: {
    id: string
    kept: number
    ledger: number
  }[]
  // Rollup rows (cooperative × household × year) that differ from the
  // ledger's sums, with both.
  rollups_differing: {
    cooperative_id: string
    household_id: string
    year: number
    column: string
    kept: number
    ledger: number
  }[]
  // Cooperative rollup rows (cooperative × year) that differ from the
  // sums of their households' rows.
  cooperative_rollups_differing: {
    cooperative_id: string
    year: number
    column: string
    kept: number
    ledger: number
  }[]
}

export type ObligationBalance = {
  id: string
  household_id: string
  agreement_id: string | null
  kind: Kind
  amount: number
  settled: number
  outstanding: number
  floor_amount: number | null
  source_type: "batch" | "work" | "surplus" | "lease"
  source_id: string
  basis: string | null
  due_on: Date
}

const balanceOf = (o: Record<string, unknown>): ObligationBalance => ({
  ...(o as ObligationBalance),
  amount: Number(o.amount),
  settled: Number(o.settled),
  outstanding: Number(o.amount) - Number(o.settled),
  floor_amount: o.floor_amount === null ? null : Number(o.floor_amount),
})

const COOPERATIVE_COLUMNS = [...ROLLUP_COLUMNS, "households_paid"] as const

// The year a date falls in, Beijing time (the rollups' YEAR_OF).
const beijingYear = (d: Date | string) =>
  new Date(new Date(d).getTime() + 8 * 3600 * 1000).getUTCFullYear()

export type ObligationRow = {
  cooperative_id: string
  household_id: string
  agreement_id: string | null
  kind: Kind
  amount: number
  floor_amount?: number | null
  source_type: "batch" | "work" | "surplus" | "lease"
  source_id: string
  basis: string | null
  due_on: Date
}

// Why a batch's void is refused once a payment settled what it created.
export const BATCH_PAID_REFUSAL =
  "Members were already paid for this batch; it cannot be voided. Correct its record with a trace event instead"

class LinkageModuleService extends MedusaService({
  LinkageAgreement,
  LinkageObligation,
  LinkagePayout,
  LinkageSettlement,
  LinkageConfirmationToken,
  LinkagePayoutResponse,
  LinkageDisputeResolution,
  LinkageDocument,
}) {
  // Appends one payout entry and, for a payment, settles the household's
  // open obligations of its kind oldest first (settleOldestFirst), in one
  // transaction. The household's obligations are locked first (FOR UPDATE,
  // in id order), so two payments at once queue here and never settle the
  // same fen twice. A reversal settles nothing: it makes its payment's
  // settlements stop counting, which re-opens them.
  //
  // The rollups move in the same transaction (rollup.ts): the obligations'
  // `settled`, and paid / settled (and, for a reversal, what the household
  // had confirmed or disputed) per cooperative × household × year.
  @InjectTransactionManager()
  async recordPayoutEntry(
    input: PayoutEntryInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedPayout> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const id = generateEntityId(undefined, "payout")
    // A reversal waits for an answer being given on its payment's slip
    // (answerSlip takes the same lock), so neither misses the other.
    if (input.entry === "reversal" && input.reverses_id) {
      await em.execute(
        `select id from linkage_payout where id = ? for update`,
        [input.reverses_id]
      )
    }
    const [payout]: RecordedPayout[] = await em.execute(
      `insert into linkage_payout
         (id, cooperative_id, household_id, agreement_id, kind, entry, amount,
          paid_on, method, reference, reverses_id, note, evidence_document_id,
          recorded_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       returning *`,
      [
        id,
        input.cooperative_id,
        input.household_id,
        input.agreement_id,
        input.kind,
        input.entry,
        input.amount,
        input.paid_on,
        input.method,
        input.reference,
        input.reverses_id,
        input.note ?? null,
        input.evidence_document_id ?? null,
        input.recorded_by,
      ]
    )
    if (input.entry !== "payment") {
      await this.unsettle(em, input.reverses_id!)
      return { ...payout, settlements: [] }
    }
    // The lock first, in a statement of its own: in READ COMMITTED each
    // statement sees what committed before it began, so only a read made
    // after the lock is granted sees a concurrent payment's settlements.
    await em.execute(
      `select id from linkage_obligation
        where cooperative_id = ? and household_id = ? and kind = ?
          and deleted_at is null
        order by id
          for update`,
      [input.cooperative_id, input.household_id, input.kind]
    )
    const open: { id: string; outstanding: string; due_on: Date }[] =
      await em.execute(
        `select o.id, o.amount - o.settled as outstanding, o.due_on
           from linkage_obligation o
          where o.cooperative_id = ? and o.household_id = ? and o.kind = ?
            and o.deleted_at is null and o.settled < o.amount
          order by o.due_on, o.id`,
        [input.cooperative_id, input.household_id, input.kind]
      )
    const settlements = settleOldestFirst(
      open.map((o) => ({ id: o.id, outstanding: Number(o.outstanding) })),
      input.amount
    )
    const dueOn = new Map(open.map((o) => [o.id, o.due_on]))
    const key = {
      cooperative_id: input.cooperative_id,
      household_id: input.household_id,
    }
    await this.fold(em, [
      {
        ...key,
        year: beijingYear(input.paid_on),
        paid: input.amount,
        payments: 1,
      },
      ...settlements.map((s) => ({
        ...key,
        year: beijingYear(dueOn.get(s.obligation_id)!),
        settled: s.amount,
      })),
    ])
    if (settlements.length) {
      await em.execute(
        `update linkage_obligation o set settled = o.settled + d.amount
           from jsonb_to_recordset(?::jsonb) as d(obligation_id text, amount integer)
          where o.id = d.obligation_id`,
        [JSON.stringify(settlements)]
      )
      await em.execute(
        `insert into linkage_settlement (id, payout_id, obligation_id, amount)
         select id, payout_id, obligation_id, amount
           from jsonb_to_recordset(?::jsonb)
             as r(id text, payout_id text, obligation_id text, amount integer)`,
        [
          JSON.stringify(
            settlements.map((s) => ({
              ...s,
              id: generateEntityId(undefined, "settle"),
              payout_id: id,
            }))
          ),
        ]
      )
    }
    return { ...payout, settlements }
  }

  // A reversal's other half: its payment's settlements stop counting (the
  // obligations re-open) and the payment leaves the rollups, with what the
  // household had confirmed or disputed of it.
  private async unsettle(em: SqlEntityManager, paymentId: string) {
    const [payment] = await em.execute(
      `select p.cooperative_id, p.household_id, p.amount, p.paid_on,
              (select outcome from linkage_payout_response a
                where a.payout_id = p.id and a.deleted_at is null
                order by a.created_at limit 1) as outcome
         from linkage_payout p where p.id = ?`,
      [paymentId]
    )
    if (!payment) return
    const settled: { obligation_id: string; amount: number; due_on: Date }[] =
      await em.execute(
        `select s.obligation_id, s.amount, o.due_on
           from linkage_settlement s
           join linkage_obligation o on o.id = s.obligation_id
          where s.payout_id = ?
          order by s.obligation_id
            for update of o`,
        [paymentId]
      )
    const key = {
      cooperative_id: payment.cooperative_id,
      household_id: payment.household_id,
    }
    const amount = Number(payment.amount)
    await this.fold(em, [
      {
        ...key,
        year: beijingYear(payment.paid_on),
        paid: -amount,
        payments: -1,
        confirmed: payment.outcome === "confirmed" ? -amount : 0,
        disputed:
          payment.outcome && payment.outcome !== "confirmed" ? -amount : 0,
      },
      ...settled.map((s) => ({
        ...key,
        year: beijingYear(s.due_on),
        settled: -Number(s.amount),
      })),
    ])
    if (settled.length) {
      await em.execute(
        `update linkage_obligation o set settled = o.settled - d.amount
           from jsonb_to_recordset(?::jsonb) as d(obligation_id text, amount integer)
          where o.id = d.obligation_id`,
        [
          JSON.stringify(
            settled.map((s) => ({ ...s, amount: Number(s.amount) }))
          ),
        ]
      )
    }
  }

  // Rollup deltas a transaction holds back to fold once at its end (an
  // upload of many payments), keyed by the transaction's manager.
  private deferredFolds = new WeakMap<object, RollupDelta[]>()

  private async fold(em: SqlEntityManager, deltas: RollupDelta[]) {
    const deferred = this.deferredFolds.get(em)
    if (deferred) deferred.push(...deltas)
    else if (deltas.length) {
      await em.execute(FOLD_DELTAS, [JSON.stringify(deltas)])
    }
  }

  // Obligations written with their rollup, in one transaction.
  @InjectTransactionManager()
  async createObligations(
    rows: ObligationRow[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const em = sharedContext.transactionManager as SqlEntityManager
    const created = await this.createLinkageObligations(rows, sharedContext)
    await this.fold(
      em,
      rows.map((r) => ({
        cooperative_id: r.cooperative_id,
        household_id: r.household_id,
        year: beijingYear(r.due_on),
        obligations: r.amount,
      }))
    )
    return created
  }

  // Removes obligations a failed workflow had just written (its
  // compensation) with their rollup. One a payment has settled stays: its
  // settlements are the ledger's.
  @InjectTransactionManager()
  async removeObligations(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) return
    const em = sharedContext.transactionManager as SqlEntityManager
    const gone: {
      cooperative_id: string
      household_id: string
      amount: number
      due_on: Date
    }[] = await em.execute(
      `delete from linkage_obligation
        where id = any(?::text[]) and settled = 0
          and not exists (select 1 from linkage_settlement s
                           where s.obligation_id = linkage_obligation.id)
        returning cooperative_id, household_id, amount, due_on`,
      [textArray(ids)]
    )
    await this.fold(
      em,
      gone.map((o) => ({
        cooperative_id: o.cooperative_id,
        household_id: o.household_id,
        year: beijingYear(o.due_on),
        obligations: -Number(o.amount),
      }))
    )
  }

  // Withdraws what a batch recorded in error made the cooperative owe its
  // members (the batch is being voided): its purchase obligations, with
  // their rollup, unless a payment has settled any of them, which refuses
  // the whole withdrawal. The rows are locked in id order, as a payment
  // locks a household's obligations, so a payment recorded at the same
  // moment either settles first (and the void is refused) or finds nothing
  // to settle. Returns the removed rows, for the undo.
  @InjectTransactionManager()
  async withdrawBatchObligations(
    batchId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(ObligationRow & { id: string })[]> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const rows: (ObligationRow & { id: string; settled: number })[] =
      await em.execute(
        `select id, cooperative_id, household_id, agreement_id, kind, amount,
                source_type, source_id, basis, due_on, settled, floor_amount
           from linkage_obligation
          where source_type = 'batch' and source_id = ? and deleted_at is null
          order by id
            for update`,
        [batchId]
      )
    if (!rows.length) return []
    const [{ count }]: { count: number }[] = await em.execute(
      `select count(*)::int as count from linkage_settlement
        where obligation_id = any(?::text[])`,
      [textArray(rows.map((r) => r.id))]
    )
    if (count > 0 || rows.some((r) => Number(r.settled) > 0)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, BATCH_PAID_REFUSAL)
    }
    await this.removeObligations(
      rows.map((r) => r.id),
      sharedContext
    )
    return rows.map(({ settled: _settled, ...row }) => ({
      ...row,
      amount: Number(row.amount),
      floor_amount: row.floor_amount === null ? null : Number(row.floor_amount),
    }))
  }

  // Rebuilds every rollup from the ledger (after a bulk load).
  @InjectTransactionManager()
  async rebuildRollups(@MedusaContext() sharedContext: Context = {}) {
    const em = sharedContext.transactionManager as SqlEntityManager
    for (const sql of REBUILD_ROLLUPS) await em.execute(sql)
  }

  // Several entries in one transaction (an uploaded file), each settled as
  // recordPayoutEntry settles it: all are written or none. The rollups are
  // folded once, at the end: a transaction holding a cooperative's rollup
  // row from its first row would otherwise wait on, and deadlock with, a
  // single payment recorded meanwhile for a household further down.
  @InjectTransactionManager()
  async recordPayoutEntries(
    inputs: PayoutEntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedPayout[]> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const deltas: RollupDelta[] = []
    this.deferredFolds.set(em, deltas)
    const recorded: RecordedPayout[] = []
    try {
      for (const input of inputs) {
        recorded.push(await this.recordPayoutEntry(input, sharedContext))
      }
    } finally {
      this.deferredFolds.delete(em)
    }
    await this.fold(em, deltas)
    return recorded
  }

  // Obligations with what is settled and outstanding, oldest due first.
  @InjectManager()
  async obligationBalances(
    filter: {
      cooperative_id: string
      household_id?: string
      kind?: Kind
      open_only?: boolean
    },
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ obligations: ObligationBalance[]; count: number }> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = knex("linkage_obligation as o")
      .whereNull("o.deleted_at")
      .where("o.cooperative_id", filter.cooperative_id)
    if (filter.household_id) rows.where("o.household_id", filter.household_id)
    if (filter.kind) rows.where("o.kind", filter.kind)
    if (filter.open_only) rows.whereRaw("o.settled < o.amount")
    const [found, counted] = await Promise.all([
      rows
        .clone()
        .select(
          "o.id",
          "o.household_id",
          "o.agreement_id",
          "o.kind",
          "o.amount",
          "o.settled",
          "o.floor_amount",
          "o.source_type",
          "o.source_id",
          "o.basis",
          "o.due_on"
        )
        .orderBy([
          { column: "o.due_on", order: "asc" },
          { column: "o.id", order: "asc" },
        ])
        .limit(page.limit)
        .offset(page.offset),
      rows.clone().count({ count: "*" }).first(),
    ])
    return {
      obligations: (found as Record<string, unknown>[]).map(balanceOf),
      count: Number((counted as { count?: string } | undefined)?.count ?? 0),
    }
  }

  // Per cooperative (or cooperative and household) and year: what was
  // owed, paid, confirmed, disputed, outstanding and late, and purchases
  // paid below the floor (read-model.ts, from the rollups).
  @InjectManager()
  async benefitFigures(
    q: BenefitQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BenefitFigures[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    return benefitFigures(knex, q)
  }

  // A page of late obligations, or of purchases paid below the floor,
  // oldest due first, with how many there are.
  @InjectManager()
  async openObligationPage(
    q: OpenObligationQuery,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: ObligationBalance[]; count: number }> {
    if (!q.cooperative_ids.length) return { rows: [], count: 0 }
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const [rows, counted] = await Promise.all([
      openObligations(knex, q)
        .select(OPEN_OBLIGATION_FIELDS)
        .orderBy([
          { column: "o.due_on", order: "asc" },
          { column: "o.id", order: "asc" },
        ])
        .limit(page.limit)
        .offset(page.offset),
      openObligations(knex, q).count({ count: "*" }).first(),
    ])
    return {
      rows: (rows as Record<string, unknown>[]).map(balanceOf),
      count: Number((counted as { count?: string } | undefined)?.count ?? 0),
    }
  }

  // One household's year with the cooperative (社员收益明细): what fell due
  // and what of it is settled, and every entry paid in the year with its
  // reversal and the household's answer on its slip. At most `cap` rows
  // of each (a year of one member is far fewer).
  @InjectManager()
  async memberStatement(
    key: { cooperative_id: string; household_id: string; year: number },
    cap = 1000,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const em = sharedContext.manager as SqlEntityManager
    const params = [key.cooperative_id, key.household_id, key.year]
    const [obligations, payouts] = await Promise.all([
      em.execute(
        `select id, agreement_id, kind, source_type, source_id, basis, amount,
                settled, floor_amount, due_on
           from linkage_obligation
          where cooperative_id = ? and household_id = ? and deleted_at is null
            and ${YEAR_OF("due_on")} = ?
          order by due_on, id limit ${cap}`,
        params
      ),
      em.execute(
        `select p.id, p.agreement_id, p.kind, p.entry, p.amount, p.paid_on,
                p.method, p.reference, p.reverses_id, p.note,
                p.evidence_document_id,
                exists (select 1 from linkage_payout r
                         where r.reverses_id = p.id) as reversed,
                (select a.outcome from linkage_payout_response a
                  where a.payout_id = p.id and a.deleted_at is null
                  order by a.created_at limit 1) as answer
           from linkage_payout p
          where p.cooperative_id = ? and p.household_id = ?
            and p.deleted_at is null and ${YEAR_OF("p.paid_on")} = ?
          order by p.paid_on, p.created_at, p.id limit ${cap}`,
        params
      ),
    ])
    return {
      obligations: (obligations as Record<string, unknown>[]).map(balanceOf),
      payouts: (payouts as Record<string, unknown>[]).map((p) => ({
        ...p,
        amount: Number(p.amount),
        answer: (p.answer as string | null) ?? null,
        reversed: Boolean(p.reversed),
      })),
    }
  }

  // What must never happen, listed if it did: an obligation settled beyond
  // its amount, a payment settling more than it paid, a settlement by a
  // reversal entry. Reconciliation's check of the payout ledger.
  @InjectManager()
  async consistency(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LinkageConsistency> {
    const em = sharedContext.manager as SqlEntityManager
    const [
      overSettled,
      overSettling,
      byReversal,
      keptSettled,
      rollups,
      cooperativeRollups,
    ] = await Promise.all([
      em.execute(
        `select o.id, o.amount, l.settled::bigint as settled
           from linkage_obligation o
           join (${LIVE_SETTLEMENTS}) l on l.obligation_id = o.id
          where l.settled > o.amount
          order by o.id`
      ),
      em.execute(
        `select p.id, p.amount, sum(s.amount)::bigint as settled
           from linkage_payout p
           join linkage_settlement s on s.payout_id = p.id
          group by p.id, p.amount
         having sum(s.amount) > p.amount
          order by p.id`
      ),
      em.execute(
        `select s.id from linkage_settlement s
           join linkage_payout p on p.id = s.payout_id
          where p.entry <> 'payment'
          order by s.id`
      ),
      em.execute(
        `select o.id, o.settled as kept, coalesce(l.settled, 0) as ledger
           from linkage_obligation o
           left join (${LIVE_SETTLEMENTS}) l on l.obligation_id = o.id
          where o.deleted_at is null and o.settled <> coalesce(l.settled, 0)
          order by o.id limit 1000`
      ),
      em.execute(
        `select coalesce(k.cooperative_id, l.cooperative_id) as cooperative_id,
                coalesce(k.household_id, l.household_id) as household_id,
                coalesce(k.year, l.year) as year,
                ${ROLLUP_COLUMNS.map(
                  (c) =>
                    `coalesce(k.${c}, 0) as kept_${c}, coalesce(l.${c}, 0) as ledger_${c}`
                ).join(", ")}
           from linkage_rollup k
           full join (${ROLLUP_FROM_LEDGER}) l
             on l.cooperative_id = k.cooperative_id
            and l.household_id = k.household_id and l.year = k.year
          where ${ROLLUP_COLUMNS.map(
            (c) => `coalesce(k.${c}, 0) <> coalesce(l.${c}, 0)`
          ).join(" or ")}
          order by 1, 3, 2 limit 1000`
      ),
      em.execute(
        `select coalesce(k.cooperative_id, l.cooperative_id) as cooperative_id,
                  coalesce(k.year, l.year) as year,
                  ${COOPERATIVE_COLUMNS.map(
                    (c) =>
                      `coalesce(k.${c}, 0) as kept_${c}, coalesce(l.${c}, 0) as ledger_${c}`
                  ).join(", ")}
             from linkage_cooperative_rollup k
             full join (${COOPERATIVE_ROLLUP_FROM_HOUSEHOLDS}) l
               on l.cooperative_id = k.cooperative_id and l.year = k.year
            where ${COOPERATIVE_COLUMNS.map(
              (c) => `coalesce(k.${c}, 0) <> coalesce(l.${c}, 0)`
            ).join(" or ")}
            order by 1, 2 limit 1000`
      ),
    ])
    const money = (rows: Record<string, unknown>[]) =>
      rows.map((r) => ({
        id: String(r.id),
        amount: Number(r.amount),
        settled: Number(r.settled),
      }))
    return {
      over_settled_obligations: money(overSettled),
      over_settling_payments: money(overSettling),
      settlements_by_reversals: (byReversal as { id: string }[]).map(
        (r) => r.id
      ),
      obligations_settled_differently: (
        keptSettled as Record<string, unknown>[]
      ).map((r) => ({
        id: String(r.id),
        kept: Number(r.kept),
        ledger: Number(r.ledger),
      })),
      rollups_differing: (rollups as Record<string, unknown>[]).flatMap((r) =>
        ROLLUP_COLUMNS.filter(
          (c) => Number(r[`kept_${c}`]) !== Number(r[`ledger_${c}`])
        ).map((column) => ({
          cooperative_id: String(r.cooperative_id),
          household_id: String(r.household_id),
          year: Number(r.year),
          column,
          kept: Number(r[`kept_${column}`]),
          ledger: Number(r[`ledger_${column}`]),
        }))
      ),
      cooperative_rollups_differing: (
        cooperativeRollups as Record<string, unknown>[]
      ).flatMap((r) =>
        COOPERATIVE_COLUMNS.filter(
          (c) => Number(r[`kept_${c}`]) !== Number(r[`ledger_${c}`])
        ).map((column) => ({
          cooperative_id: String(r.cooperative_id),
          year: Number(r.year),
          column,
          kept: Number(r[`kept_${column}`]),
          ledger: Number(r[`ledger_${column}`]),
        }))
      ),
    }
  }

  // The lowest floor price per unit a cooperative guarantees its members
  // today in a unit (purchase agreements in force), or null.
  @InjectManager()
  async guaranteedFloor(
    cooperativeId: string,
    unit: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number | null> {
    const em = sharedContext.manager as SqlEntityManager
    const [row] = await em.execute(
      `select min(floor_price)::int as floor
         from linkage_agreement
        where cooperative_id = ? and kind = 'purchase' and unit = ?
          and deleted_at is null and starts_on <= now()
          and (ends_on is null or ends_on >= now())`,
      [cooperativeId, unit]
    )
    return row?.floor === null || row?.floor === undefined
      ? null
      : Number(row.floor)
  }

  // Everything paid to households that stands (payments not reversed),
  // and what of it the households confirmed on their slips.
  @InjectManager()
  async platformPayouts(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ paid: number; confirmed: number }> {
    const em = sharedContext.manager as SqlEntityManager
    const [row] = await em.execute(
      `select coalesce(sum(paid), 0)::bigint as paid,
              coalesce(sum(confirmed), 0)::bigint as confirmed
         from linkage_cooperative_rollup`
    )
    return {
      paid: Number(row?.paid ?? 0),
      confirmed: Number(row?.confirmed ?? 0),
    }
  }

  // For the produce of some batches: how many households it was bought
  // from, what they are owed for it, paid, and confirmed on their slips.
  @InjectManager()
  async batchPayments(
    batchIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{
    households: number
    owed: number
    paid: number
    confirmed: number
  } | null> {
    if (!batchIds.length) return null
    const em = sharedContext.manager as SqlEntityManager
    const [row] = await em.execute(
      `with o as (
         select id, household_id, amount, settled from linkage_obligation
          where source_type = 'batch' and source_id = any(?::text[])
            and deleted_at is null)
       select count(distinct o.household_id)::int as households,
              coalesce(sum(o.amount), 0)::bigint as owed,
              coalesce(sum(o.settled), 0)::bigint as paid,
              (select coalesce(sum(s.amount), 0)::bigint
                 from linkage_settlement s
                 join linkage_payout p on p.id = s.payout_id
                where s.obligation_id in (select id from o) and ${STANDING}
                  and exists (select 1 from linkage_payout_response a
                               where a.payout_id = p.id
                                 and a.outcome = 'confirmed')) as confirmed
         from o`,
      [textArray(batchIds)]
    )
    if (!row || !Number(row.households)) return null
    return {
      households: Number(row.households),
      owed: Number(row.owed),
      paid: Number(row.paid),
      confirmed: Number(row.confirmed),
    }
  }

  // One household's payouts per year: paid (standing) and confirmed on
  // its slips, by any cooperative (its timeline).
  @InjectManager()
  async householdPayoutsByYear(
    householdId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ year: number; paid: number; confirmed: number }[]> {
    const em = sharedContext.manager as SqlEntityManager
    const rows: { year: number; paid: string; confirmed: string }[] =
      await em.execute(
        `select year, sum(paid)::bigint as paid,
                sum(confirmed)::bigint as confirmed
           from linkage_rollup where household_id = ?
          group by year order by year`,
        [householdId]
      )
    return rows.map((r) => ({
      year: Number(r.year),
      paid: Number(r.paid),
      confirmed: Number(r.confirmed),
    }))
  }

  // Per household, what the households confirmed on their slips of the
  // payments made to them in a year, by any cooperative (the income the
  // poverty-line view counts; the rollups, summed over cooperatives).
  @InjectManager()
  async confirmedIncomes(
    year: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ household_id: string; income: number }[]> {
    const em = sharedContext.manager as SqlEntityManager
    const rows: { household_id: string; income: string }[] = await em.execute(
      `select household_id, sum(confirmed)::bigint as income
         from linkage_rollup where year = ?
        group by household_id having sum(confirmed) > 0`,
      [year]
    )
    return rows.map((r) => ({
      household_id: r.household_id,
      income: Number(r.income),
    }))
  }

  // The slip a token opens, or null for a token that is not one (forged,
  // mistyped or removed): callers answer all of those alike.
  @InjectManager()
  async slipByHash(
    tokenHash: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Slip | null> {
    const em = sharedContext.manager as SqlEntityManager
    const [row] = await em.execute(
      `select t.id as token_id, t.expires_at,
              p.id, p.cooperative_id, p.household_id, p.kind, p.amount,
              p.paid_on,
              exists (select 1 from linkage_payout r
                       where r.reverses_id = p.id) as reversed,
              a.outcome, a.responder, a.created_at as answered_at
         from linkage_confirmation_token t
         join linkage_payout p on p.id = t.payout_id
         left join linkage_payout_response a
           on a.token_id = t.id and a.deleted_at is null
        where t.token_hash = ? and t.deleted_at is null`,
      [tokenHash]
    )
    if (!row) return null
    return {
      token_id: row.token_id,
      expires_at: row.expires_at,
      payout: {
        id: row.id,
        cooperative_id: row.cooperative_id,
        household_id: row.household_id,
        kind: row.kind,
        amount: Number(row.amount),
        paid_on: row.paid_on,
        reversed: row.reversed,
      },
      answer: row.outcome
        ? {
            outcome: row.outcome,
            responder: row.responder,
            created_at: row.answered_at,
          }
        : null,
    }
  }

  // Records the one answer a slip takes. The token row is locked first, so
  // of twenty answers sent at once one is recorded and the others are told
  // the slip was answered (the unique index on the token backs this up).
  @InjectTransactionManager()
  async answerSlip(
    input: SlipAnswer,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const em = sharedContext.transactionManager as SqlEntityManager
    const [token] = await em.execute(
      `select id, payout_id, expires_at from linkage_confirmation_token
        where token_hash = ? and deleted_at is null
          for update`,
      [input.token_hash]
    )
    if (!token) throw slipNotValid()
    if (new Date(token.expires_at).getTime() < Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This slip has expired; ask the cooperative for a new one"
      )
    }
    // The payment's row lock: a reversal recorded at the same moment
    // waits for this answer, or this answer sees the reversal.
    const [payment] = await em.execute(
      `select cooperative_id, household_id, amount, paid_on
         from linkage_payout where id = ? for update`,
      [token.payout_id]
    )
    // One answer per payout, whichever of its slips carries it (a slip
    // printed again has a token of its own).
    const [answered] = await em.execute(
      `select token_id from linkage_payout_response
        where payout_id = ? and deleted_at is null`,
      [token.payout_id]
    )
    if (answered) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        answered.token_id === token.id
          ? "This slip has already been answered"
          : "This payout has already been answered on another slip"
      )
    }
    const [reversed] = await em.execute(
      `select id from linkage_payout where reverses_id = ?`,
      [token.payout_id]
    )
    if (reversed) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The cooperative has withdrawn this payout"
      )
    }
    const [response] = await em.execute(
      `insert into linkage_payout_response
         (id, payout_id, token_id, outcome, responder, note, county_code)
       values (?, ?, ?, ?, ?, ?, ?)
       returning id, payout_id, outcome, responder, note, created_at`,
      [
        generateEntityId(undefined, "pcresp"),
        token.payout_id,
        token.id,
        input.outcome,
        input.responder,
        input.note ?? null,
        input.county_code,
      ]
    )
    const amount = Number(payment.amount)
    await this.fold(em, [
      {
        cooperative_id: payment.cooperative_id,
        household_id: payment.household_id,
        year: beijingYear(payment.paid_on),
        ...(input.outcome === "confirmed"
          ? { confirmed: amount }
          : { disputed: amount }),
      },
    ])
    return response as {
      id: string
      payout_id: string
      outcome: string
      responder: string
      note: string | null
      created_at: Date
    }
  }
}

// Forged, mistyped, removed: one answer for all of them.
export const slipNotValid = () =>
  new MedusaError(MedusaError.Types.NOT_FOUND, "This slip is not valid")

export default LinkageModuleService
