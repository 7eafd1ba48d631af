import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { OrderMoneyFigures } from "../../../lib/attribution/ledger-rule"
import { LINK_TABLES } from "../../utils/link-tables"

// An order's ledger inputs with the counties of its cooperatives' lines.
export type ReconciledFigures = OrderMoneyFigures & { county_codes: string[] }

type FiguresRow = {
  order_id: string
  net: string
  total: string
  captured: string
  refunded: string
  county_codes: string[]
}

// An amount in yuan: the exact decimal Medusa keeps in raw_<column> (the
// numeric column may be rounded), else the numeric column when raw is null.
const amount = (alias: string, column: string) =>
  `coalesce((${alias}."raw_${column}"->>'value')::numeric, ${alias}."${column}")`

// Pieces of a line or shipping method in yuan, following Medusa's totals
// (getLineItemTotals / getShippingMethodTotals): a tax-inclusive price or
// adjustment is divided by (1 + Σ rates); tax is on what is left after
// discounts. Fen are taken where the writer takes them with toFen: subtotal
// and discount of each line (net); the order's total with tax once, over
// the exact sum (PostgreSQL rounds numeric half away from zero, as toFen
// does).
const pieces = (source: string) => `
  round(100 * sub) as subtotal,
  round(100 * discount) as discount,
  100 * (sub - discount) * (1 + rate) as total
  from (
    select *,
      case when is_tax_inclusive then price / (1 + rate) else price end as sub,
      adj_exclusive + adj_inclusive / (1 + rate) as discount
    from ${source}
  ) x`

// Everything reconciliation needs, by its own road over Medusa's tables
// rather than through query.graph and getLineItemTotals as the writer goes.
// Only the order's current version counts: order items, shipping methods and
// their adjustments exist once per version, and an adjustment belongs to the
// version of its item's (or method's) row. A version's order_item price
// overrides the line's, as in Medusa's formatOrder. Soft-deleted rows never
// count. knex.raw does not expand arrays, hence any(?::text[]).
const FIGURES_SQL = `
with ord as (
  select id, version from "order" where id = any(?::text[]) and deleted_at is null
),
line as (
  select o.id as order_id, coop.county_code,
    coalesce(li.is_tax_inclusive, false) as is_tax_inclusive,
    coalesce(${amount("oi", "unit_price")}, ${amount("li", "unit_price")}, 0)
      * coalesce(${amount("oi", "quantity")}, 0) as price,
    coalesce(tax.rate, 0) as rate,
    coalesce(adj.exclusive, 0) as adj_exclusive,
    coalesce(adj.inclusive, 0) as adj_inclusive
  from ord o
  join order_item oi on oi.order_id = o.id and oi.version = o.version
    and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null
  left join lateral (
    select sum(${amount("t", "rate")}) / 100 as rate
    from order_line_item_tax_line t
    where t.item_id = li.id and t.deleted_at is null
  ) tax on true
  left join lateral (
    select
      sum(${amount("a", "amount")}) filter (where not coalesce(a.is_tax_inclusive, false)) as exclusive,
      sum(${amount("a", "amount")}) filter (where a.is_tax_inclusive) as inclusive
    from order_line_item_adjustment a
    where a.item_id = li.id and a.version = oi.version and a.deleted_at is null
  ) adj on true
  left join lateral (
    select c.county_code
    from ${LINK_TABLES.productCooperative} l
    join cooperative c on c.id = l.cooperative_id and c.deleted_at is null
    where l.product_id = li.product_id and l.deleted_at is null
    order by l.created_at, l.cooperative_id
    limit 1
  ) coop on true
),
method as (
  select o.id as order_id,
    coalesce(sm.is_tax_inclusive, false) as is_tax_inclusive,
    ${amount("sm", "amount")} as price,
    coalesce(tax.rate, 0) as rate,
    coalesce(adj.exclusive, 0) as adj_exclusive,
    0 as adj_inclusive
  from ord o
  join order_shipping os on os.order_id = o.id and os.version = o.version
    and os.deleted_at is null
  join order_shipping_method sm on sm.id = os.shipping_method_id
    and sm.deleted_at is null
  left join lateral (
    select sum(${amount("t", "rate")}) / 100 as rate
    from order_shipping_method_tax_line t
    where t.shipping_method_id = sm.id and t.deleted_at is null
  ) tax on true
  left join lateral (
    select sum(${amount("a", "amount")}) as exclusive
    from order_shipping_method_adjustment a
    where a.shipping_method_id = sm.id and a.version = os.version
      and a.deleted_at is null
  ) adj on true
),
piece as (
  select order_id, county_code, ${pieces("line")}
  union all
  select order_id, null, ${pieces("method")}
),
goods as (
  select order_id,
    sum(subtotal - discount) filter (where county_code is not null) as net,
    round(sum(total)) as total,
    array_agg(distinct county_code) filter (where county_code is not null)
      as county_codes
  from piece group by order_id
),
payment_of as (
  select opc.order_id, p.id
  from order_payment_collection opc
  join payment_collection pc on pc.id = opc.payment_collection_id
    and pc.deleted_at is null
  join payment p on p.payment_collection_id = pc.id and p.deleted_at is null
  where opc.order_id in (select id from ord) and opc.deleted_at is null
),
movement as (
  select po.order_id, round(100 * ${amount("c", "amount")}) as captured,
    0 as refunded
  from payment_of po
  join capture c on c.payment_id = po.id and c.deleted_at is null
  union all
  select po.order_id, 0, round(100 * ${amount("r", "amount")})
  from payment_of po
  join refund r on r.payment_id = po.id and r.deleted_at is null
),
held as (
  select order_id, sum(captured) as captured, sum(refunded) as refunded
  from movement group by order_id
)
select o.id as order_id,
  coalesce(g.net, 0)::bigint::text as net,
  coalesce(g.total, 0)::bigint::text as total,
  coalesce(h.captured, 0)::bigint::text as captured,
  coalesce(h.refunded, 0)::bigint::text as refunded,
  coalesce(g.county_codes, '{}') as county_codes
from ord o
left join goods g on g.order_id = o.id
left join held h on h.order_id = o.id`

// One statement per page of ids, so 100,000 orders reconcile in seconds.
export async function orderFiguresFromTables(
  knex: Knex,
  orderIds: string[]
): Promise<Map<string, ReconciledFigures>> {
  const figures = new Map<string, ReconciledFigures>()
  if (!orderIds.length) return figures
  const { rows } = (await knex.raw(FIGURES_SQL, [orderIds])) as {
    rows: FiguresRow[]
  }
  for (const row of rows) {
    figures.set(row.order_id, {
      net: Number(row.net),
      total: Number(row.total),
      captured: Number(row.captured),
      refunded: Number(row.refunded),
      county_codes: [...row.county_codes].sort(),
    })
  }
  return figures
}
