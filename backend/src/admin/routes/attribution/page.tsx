import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Container, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LoadFailed, PageHeading } from "../../components/page-heading"
import { Pager } from "../../components/pager"
import { sdk } from "../../lib/sdk"
import { formatFen, useWords } from "../../lib/words"

type Row = {
  period: string
  key: string
  name: string | null
  sales: number
  refunds: number
  net: number
  unverified: number
}
type Overview = {
  attribution: Row[]
  count: number
  from: string
  to: string
  totals: { sales: number; refunds: number; net: number; unverified: number }
}

const LIMIT = 50

// Attributed money by county and month across the platform (the last
// twelve months), with totals: the figure the bureaus read, for operators.
const AttributionOverviewPage = () => {
  const w = useWords()
  const { i18n } = useTranslation()
  const money = (fen: number) => formatFen(fen, i18n.language)
  const [offset, setOffset] = useState(0)
  const query = useQuery({
    queryKey: ["tianfu-attribution-overview", offset],
    queryFn: () =>
      sdk.client.fetch<Overview>("/admin/attribution/overview", {
        query: { limit: LIMIT, offset },
      }),
  })
  const data = query.data
  return (
    <Container className="divide-y p-0">
      <PageHeading title={w("overview")} hint={w("overviewHint")}>
        {data && (
          <Text size="small" data-testid="tianfu-overview-totals">
            {data.from} – {data.to} · {w("sales")} {money(data.totals.sales)} ·{" "}
            {w("refunds")} {money(data.totals.refunds)} · {w("amount")}{" "}
            {money(data.totals.net)} · {w("unverified")}{" "}
            {money(data.totals.unverified)}
          </Text>
        )}
      </PageHeading>
      <LoadFailed failed={query.isError} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{w("period")}</Table.HeaderCell>
            <Table.HeaderCell>{w("county")}</Table.HeaderCell>
            <Table.HeaderCell>{w("sales")}</Table.HeaderCell>
            <Table.HeaderCell>{w("refunds")}</Table.HeaderCell>
            <Table.HeaderCell>{w("amount")}</Table.HeaderCell>
            <Table.HeaderCell>{w("unverified")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data?.attribution.map((row) => (
            <Table.Row key={`${row.period}:${row.key}`}>
              <Table.Cell>{row.period}</Table.Cell>
              <Table.Cell>
                {row.name ?? row.key} ({row.key})
              </Table.Cell>
              <Table.Cell>{money(row.sales)}</Table.Cell>
              <Table.Cell>{money(row.refunds)}</Table.Cell>
              <Table.Cell>{money(row.net)}</Table.Cell>
              <Table.Cell>{money(row.unverified)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && data.attribution.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">{w("noLedger")}</Text>
      )}
      <Pager
        offset={offset}
        limit={LIMIT}
        count={data?.count ?? 0}
        onChange={setOffset}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "收益归属 Attribution",
  icon: CurrencyDollar,
})

export default AttributionOverviewPage
