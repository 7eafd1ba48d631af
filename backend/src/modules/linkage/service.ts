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
import {
  LinkageConfirmationToken,
  LinkageDisputeResolution,
  LinkagePayoutResponse,
} from "./models/confirmation"
import { LinkageAgreement } from "./models/linkage-agreement"
import { LinkageObligation } from "./models/obligation"
import { LinkagePayout } from "./models/payout"
import { LinkageSettlement } from "./models/settlement"
import { type CooperativeBenefit, cooperativeBenefits } from "./read-model"

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
}

export type ObligationBalance = {
  id: string
  household_id: string
  agreement_id: string | null
  kind: Kind
  amount: number
  settled: number
  outstanding: number
  source_type: string
  source_id: string
  basis: string | null
  due_on: Date
}

// Settlements that count: those of payments not reversed.
const LIVE_SETTLEMENTS = `
  select s.obligation_id, sum(s.amount)::bigint as settled
    from linkage_settlement s
    join linkage_payout p on p.id = s.payout_id
   where not exists (select 1 from linkage_payout r where r.reverses_id = p.id)
   group by s.obligation_id`

class LinkageModuleService extends MedusaService({
  LinkageAgreement,
  LinkageObligation,
  LinkagePayout,
  LinkageSettlement,
  LinkageConfirmationToken,
  LinkagePayoutResponse,
  LinkageDisputeResolution,
}) {
  // Appends one payout entry and, for a payment, settles the household's
  // open obligations of its kind oldest first (settleOldestFirst), in one
  // transaction. The household's obligations are locked first (FOR UPDATE,
  // in id order), so two payments at once queue here and never settle the
  // same fen twice. A reversal settles nothing: it makes its payment's
  // settlements stop counting, which re-opens them.
  @InjectTransactionManager()
  async recordPayoutEntry(
    input: PayoutEntryInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedPayout> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const id = generateEntityId(undefined, "payout")
    const [payout]: RecordedPayout[] = await em.execute(
      `insert into linkage_payout
         (id, cooperative_id, household_id, agreement_id, kind, entry, amount,
          paid_on, method, reference, reverses_id, note, recorded_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
        input.recorded_by,
      ]
    )
    if (input.entry !== "payment") return { ...payout, settlements: [] }
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
    const open: { id: string; outstanding: string }[] = await em.execute(
      `select o.id, o.amount - coalesce(l.settled, 0) as outstanding
         from linkage_obligation o
         left join (${LIVE_SETTLEMENTS}) l on l.obligation_id = o.id
        where o.cooperative_id = ? and o.household_id = ? and o.kind = ?
          and o.deleted_at is null
          and o.amount - coalesce(l.settled, 0) > 0
        order by o.due_on, o.id`,
      [input.cooperative_id, input.household_id, input.kind]
    )
    const settlements = settleOldestFirst(
      open.map((o) => ({ id: o.id, outstanding: Number(o.outstanding) })),
      input.amount
    )
    if (settlements.length) {
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

  // Several entries in one transaction (an uploaded file), each settled as
  // recordPayoutEntry settles it: all are written or none.
  @InjectTransactionManager()
  async recordPayoutEntries(
    inputs: PayoutEntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedPayout[]> {
    const recorded: RecordedPayout[] = []
    for (const input of inputs) {
      recorded.push(await this.recordPayoutEntry(input, sharedContext))
    }
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
      .leftJoin(
        knex.raw(`(${LIVE_SETTLEMENTS}) as l`),
        "l.obligation_id",
        "o.id"
      )
      .whereNull("o.deleted_at")
      .where("o.cooperative_id", filter.cooperative_id)
    if (filter.household_id) rows.where("o.household_id", filter.household_id)
    if (filter.kind) rows.where("o.kind", filter.kind)
    if (filter.open_only) rows.whereRaw("o.amount - coalesce(l.settled, 0) > 0")
    const [found, counted] = await Promise.all([
      rows
        .clone()
        .select(
          "o.id",
          "o.household_id",
          "o.agreement_id",
          "o.kind",
          "o.amount",
          knex.raw("coalesce(l.settled, 0)::bigint as settled"),
          knex.raw(
            "(o.amount - coalesce(l.settled, 0))::bigint as outstanding"
          ),
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
      obligations: (found as Record<string, unknown>[]).map((o) => ({
        ...(o as ObligationBalance),
        settled: Number(o.settled),
        outstanding: Number(o.outstanding),
      })),
      count: Number((counted as { count?: string } | undefined)?.count ?? 0),
    }
  }

  // Per cooperative, what it owed, paid, had confirmed and disputed in a
  // date range, and what is still outstanding (read-model.ts).
  @InjectManager()
  async cooperativeBenefits(
    cooperativeIds: string[],
    range: { from: string; to: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CooperativeBenefit[]> {
    if (!cooperativeIds.length) return []
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = (await cooperativeBenefits(
      knex,
      cooperativeIds,
      range
    )) as Record<string, string | number>[]
    return rows.map((r) => ({
      cooperative_id: String(r.cooperative_id),
      obligations: Number(r.obligations),
      paid: Number(r.paid),
      confirmed: Number(r.confirmed),
      disputed: Number(r.disputed),
      outstanding: Number(r.outstanding),
      households_paid: Number(r.households_paid),
    }))
  }

  // What must never happen, listed if it did: an obligation settled beyond
  // its amount, a payment settling more than it paid, a settlement by a
  // reversal entry. Reconciliation's check of the payout ledger.
  @InjectManager()
  async consistency(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LinkageConsistency> {
    const em = sharedContext.manager as SqlEntityManager
    const [overSettled, overSettling, byReversal] = await Promise.all([
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
      `select coalesce(sum(p.amount), 0)::bigint as paid,
              coalesce(sum(p.amount) filter (where exists (
                select 1 from linkage_payout_response a
                 where a.payout_id = p.id and a.outcome = 'confirmed')), 0)::bigint
                as confirmed
         from linkage_payout p
        where p.entry = 'payment' and p.deleted_at is null
          and not exists (select 1 from linkage_payout r
                           where r.reverses_id = p.id)`
    )
    return {
      paid: Number(row?.paid ?? 0),
      confirmed: Number(row?.confirmed ?? 0),
    }
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
    const [answered] = await em.execute(
      `select id from linkage_payout_response
        where token_id = ? and deleted_at is null`,
      [token.id]
    )
    if (answered) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This slip has already been answered"
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
