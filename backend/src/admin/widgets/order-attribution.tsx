import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import { formatFen, useWords } from "../lib/words"

type Holding = {
  batch_id: string | null
  household_id: string | null
  county_code: string
  sales: number
  refunds: number
  amount: number
}
type Receipt = {
  recognized: boolean
  households: number
  to_households: number
  to_unverified_suppliers: number
  to_cooperatives: number
  counties: { county_code: string; name_zh: string | null; amount: number }[]
}
type Attribution = {
  consistent: boolean
  net_amount: number
  captured: number
  refunded: number
  target: number
  ledger_total: number
  lines: {
    line_item_id: string
    cooperative_id: string | null
    quantity: number
    net_amount: number
    allocations: { batch_id: string; quantity: number }[]
    holdings: Holding[]
  }[]
}

// On an order's page: its allocation to batches and its ledger, line by
// line — each household's share (by id) and the cooperative's remainder —
// the same figures the bureau's reports add up.
const OrderAttributionWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const w = useWords()
  const { i18n } = useTranslation()
  const money = (fen: number) => formatFen(fen, i18n.language)
  const query = useQuery({
    queryKey: ["tianfu-order-attribution", order.id],
    queryFn: () =>
      sdk.client.fetch<{ attribution: Attribution }>(
        `/admin/orders/${order.id}/attribution`
      ),
  })
  const receipt = useQuery({
    queryKey: ["tianfu-order-impact", order.id],
    queryFn: () =>
      sdk.client.fetch<{ impact: Receipt }>(`/admin/orders/${order.id}/impact`),
  })
  const attribution = query.data?.attribution
  const impact = receipt.data?.impact
  return (
    <Container className="divide-y p-0" data-testid="tianfu-attribution">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{w("attribution")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {w("attributionHint")}
          </Text>
        </div>
        {attribution && (
          <Badge
            size="2xsmall"
            color={attribution.consistent ? "green" : "red"}
          >
            {attribution.consistent ? w("consistent") : w("inconsistent")}
          </Badge>
        )}
      </div>
      {query.isError && (
        <Text className="px-6 py-4 text-ui-fg-error">{w("loadFailed")}</Text>
      )}
      {attribution && (
        <>
          <dl className="grid grid-cols-2 gap-2 px-6 py-4 text-sm md:grid-cols-5">
            {(
              [
                ["netAmount", attribution.net_amount],
                ["captured", attribution.captured],
                ["refunded", attribution.refunded],
                ["target", attribution.target],
                ["ledgerTotal", attribution.ledger_total],
              ] as const
            ).map(([key, fen]) => (
              <div key={key}>
                <dt className="text-ui-fg-subtle">{w(key)}</dt>
                <dd data-testid={`tianfu-${key}`}>{money(fen)}</dd>
              </div>
            ))}
          </dl>
          {impact?.recognized && (
            <div className="px-6 py-4 text-sm" data-testid="tianfu-receipt">
              <Text size="small" weight="plus">
                {w("receipt")}
              </Text>
              <Text size="small">
                {w("reached")} {impact.households} · {w("toHouseholds")}{" "}
                {money(impact.to_households)} · {w("unverified")}{" "}
                {money(impact.to_unverified_suppliers)} · {w("toCooperatives")}{" "}
                {money(impact.to_cooperatives)}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {impact.counties
                  .map(
                    (c) => `${c.name_zh ?? c.county_code} ${money(c.amount)}`
                  )
                  .join("，")}
              </Text>
            </div>
          )}
          {attribution.lines.map((line) => (
            <div key={line.line_item_id} className="px-6 py-4">
              <Text size="small" weight="plus">
                {w("line")} × {line.quantity} · {money(line.net_amount)} ·{" "}
                {w("batches")}:{" "}
                {line.allocations
                  .map((a) => `${a.batch_id} × ${a.quantity}`)
                  .join("，")}
              </Text>
              {line.holdings.length === 0 ? (
                <Text size="small" className="text-ui-fg-subtle">
                  {w("noLedger")}
                </Text>
              ) : (
                <div
                  className="overflow-x-auto"
                  tabIndex={0}
                  role="region"
                  aria-label={w("attribution")}
                >
                  <Table>
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell>{w("holder")}</Table.HeaderCell>
                        <Table.HeaderCell>{w("county")}</Table.HeaderCell>
                        <Table.HeaderCell>{w("sales")}</Table.HeaderCell>
                        <Table.HeaderCell>{w("refunds")}</Table.HeaderCell>
                        <Table.HeaderCell>{w("amount")}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {line.holdings.map((h) => (
                        <Table.Row key={`${h.batch_id}:${h.household_id}`}>
                          <Table.Cell>
                            {h.household_id
                              ? `${w("household")} ${h.household_id}`
                              : w("remainder")}
                          </Table.Cell>
                          <Table.Cell>{h.county_code}</Table.Cell>
                          <Table.Cell>{money(h.sales)}</Table.Cell>
                          <Table.Cell>{money(h.refunds)}</Table.Cell>
                          <Table.Cell>{money(h.amount)}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </div>
              )}
            </div>
          ))}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderAttributionWidget
