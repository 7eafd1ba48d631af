import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk } from "../../lib/sdk"
import { formatFen, locale, useWords } from "../../lib/words"

type Reconciliation = {
  run: {
    started_at: string
    finished_at: string | null
    orders_checked: number
  } | null
  differences: {
    order_id: string
    county_codes: string[]
    expected: number
    actual: number
    difference: number
  }[]
}

// The ledger against the money: the latest reconciliation (the nightly job's
// or one run here), each differing order linked to its page, where the
// attribution widget shows line by line what the ledger holds.
const ReconciliationPage = () => {
  const w = useWords()
  const { i18n } = useTranslation()
  const client = useQueryClient()
  const money = (fen: number) => formatFen(fen, i18n.language)
  const query = useQuery({
    queryKey: ["tianfu-reconciliation"],
    queryFn: () =>
      sdk.client.fetch<Reconciliation>("/admin/attribution/reconciliation"),
  })
  const run = useMutation({
    mutationFn: () =>
      sdk.client.fetch<Reconciliation>("/admin/attribution/reconciliation", {
        method: "POST",
      }),
    onSuccess: (data) => {
      client.setQueryData(["tianfu-reconciliation"], data)
      toast.success(w("reconciled"))
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const data = query.data
  const when = (value: string) =>
    new Intl.DateTimeFormat(locale(i18n.language), {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Shanghai",
    }).format(new Date(value))
  return (
    <Container className="divide-y p-0" data-testid="tianfu-reconciliation">
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Heading level="h1">{w("reconciliation")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {w("reconciliationHint")}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          isLoading={run.isPending}
          onClick={() => run.mutate()}
        >
          {w("runNow")}
        </Button>
      </div>
      {query.isError && (
        <Text className="px-6 py-4 text-ui-fg-error">{w("loadFailed")}</Text>
      )}
      {data && !data.run && (
        <Text className="px-6 py-4 text-ui-fg-subtle">{w("neverRun")}</Text>
      )}
      {data?.run && (
        <div className="flex items-center gap-2 px-6 py-4">
          <Badge
            size="2xsmall"
            color={data.differences.length ? "red" : "green"}
          >
            {data.differences.length
              ? `${w("differing")} ${data.differences.length}`
              : w("balanced")}
          </Badge>
          <Text size="small" className="text-ui-fg-subtle">
            {when(data.run.finished_at ?? data.run.started_at)} ·{" "}
            {w("ordersChecked")} {data.run.orders_checked}
          </Text>
        </div>
      )}
      {data && data.differences.length > 0 && (
        <>
          <Text size="small" className="px-6 py-3">
            {w("whatToDo")}
          </Text>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{w("order")}</Table.HeaderCell>
                <Table.HeaderCell>{w("county")}</Table.HeaderCell>
                <Table.HeaderCell>{w("target")}</Table.HeaderCell>
                <Table.HeaderCell>{w("ledgerTotal")}</Table.HeaderCell>
                <Table.HeaderCell>{w("difference")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.differences.map((d) => (
                <Table.Row key={d.order_id}>
                  <Table.Cell>
                    <Link
                      to={`/orders/${d.order_id}`}
                      className="text-ui-fg-base underline hover:text-ui-fg-interactive"
                    >
                      {d.order_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{d.county_codes.join("、")}</Table.Cell>
                  <Table.Cell>{money(d.expected)}</Table.Cell>
                  <Table.Cell>{money(d.actual)}</Table.Cell>
                  <Table.Cell>{money(d.difference)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "对账 Reconciliation",
  icon: ArrowPath,
})

export default ReconciliationPage
