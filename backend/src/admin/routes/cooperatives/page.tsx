import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Drawer,
  Input,
  Label,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { CooperativeHistory } from "../../components/cooperative-history"
import { LoadFailed, PageHeading } from "../../components/page-heading"
import { Pager } from "../../components/pager"
import { sdk } from "../../lib/sdk"
import { locale, useWords } from "../../lib/words"

type Cooperative = {
  id: string
  name: string
  county_code: string
  status: "pending" | "approved" | "suspended"
  status_reason: string | null
  created_at: string
}
type Page = { cooperatives: Cooperative[]; count: number }
type Change = { cooperative: Cooperative; action: "suspend" | "reinstate" }

const LIMIT = 20
const COLORS = {
  pending: "orange",
  approved: "green",
  suspended: "red",
} as const

// The operator's register of cooperatives: status, county and the reason
// of the last change; suspend or reinstate one, saying why.
const CooperativesPage = () => {
  const w = useWords()
  const { i18n } = useTranslation()
  const client = useQueryClient()
  const [status, setStatus] = useState("all")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [change, setChange] = useState<Change | null>(null)
  const [historyOf, setHistoryOf] = useState<Cooperative | null>(null)
  const [reason, setReason] = useState("")
  const query = {
    limit: LIMIT,
    offset,
    ...(status !== "all" ? { status } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  }
  const list = useQuery({
    queryKey: ["tianfu-cooperatives", query],
    queryFn: () => sdk.client.fetch<Page>("/admin/cooperatives", { query }),
  })
  const act = useMutation({
    mutationFn: ({ cooperative, action }: Change) =>
      sdk.client.fetch<{ cooperative: Cooperative }>(
        `/admin/cooperatives/${cooperative.id}/${action}`,
        { method: "POST", body: { reason: reason.trim() } }
      ),
    onSuccess: ({ cooperative }) => {
      toast.success(`${cooperative.name}: ${w(cooperative.status)}`)
      setChange(null)
      setReason("")
      return client.invalidateQueries({ queryKey: ["tianfu-cooperatives"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const date = (value: string) =>
    new Intl.DateTimeFormat(locale(i18n.language), {
      dateStyle: "medium",
      timeZone: "Asia/Shanghai",
    }).format(new Date(value))
  const count = list.data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="tianfu-cooperatives">
      <PageHeading title={w("cooperatives")} hint={w("cooperativesHint")}>
        <div className="flex flex-wrap gap-2 pt-2">
          <div className="w-48">
            <Select
              value={status}
              onValueChange={(value) => {
                setStatus(value)
                setOffset(0)
              }}
            >
              <Select.Trigger aria-label={w("status")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(["all", "pending", "approved", "suspended"] as const).map(
                  (value) => (
                    <Select.Item key={value} value={value}>
                      {w(value)}
                    </Select.Item>
                  )
                )}
              </Select.Content>
            </Select>
          </div>
          <Input
            type="text"
            className="w-64"
            placeholder={w("search")}
            aria-label={w("search")}
            value={q}
            onChange={(event) => {
              setQ(event.target.value)
              setOffset(0)
            }}
          />
        </div>
      </PageHeading>
      <LoadFailed failed={list.isError} />
      {!list.isError && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{w("name")}</Table.HeaderCell>
              <Table.HeaderCell>{w("county")}</Table.HeaderCell>
              <Table.HeaderCell>{w("status")}</Table.HeaderCell>
              <Table.HeaderCell>{w("reason")}</Table.HeaderCell>
              <Table.HeaderCell>{w("registered")}</Table.HeaderCell>
              <Table.HeaderCell>{w("actions")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data?.cooperatives.map((cooperative) => (
              <Table.Row key={cooperative.id}>
                <Table.Cell>
                  <button
                    type="button"
                    className="text-ui-fg-base underline hover:text-ui-fg-interactive"
                    title={w("history")}
                    onClick={() => setHistoryOf(cooperative)}
                  >
                    {cooperative.name}
                  </button>
                </Table.Cell>
                <Table.Cell>{cooperative.county_code}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={COLORS[cooperative.status]}>
                    {w(cooperative.status)}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="max-w-64 truncate">
                  {cooperative.status_reason ?? "—"}
                </Table.Cell>
                <Table.Cell>{date(cooperative.created_at)}</Table.Cell>
                <Table.Cell>
                  {cooperative.status === "suspended" ? (
                    <Button
                      size="small"
                      variant="secondary"
                      onClick={() =>
                        setChange({ cooperative, action: "reinstate" })
                      }
                    >
                      {w("reinstate")}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      variant="danger"
                      onClick={() =>
                        setChange({ cooperative, action: "suspend" })
                      }
                    >
                      {w("suspend")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list.data && list.data.cooperatives.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">{w("empty")}</Text>
      )}
      <Pager offset={offset} limit={LIMIT} count={count} onChange={setOffset} />
      <Drawer
        open={change !== null}
        onOpenChange={(open) => {
          if (!open) setChange(null)
        }}
      >
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>
              {change && `${w(change.action)} · ${change.cooperative.name}`}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-2">
            <Label htmlFor="tianfu-reason">{w("reason")}</Label>
            <Input
              id="tianfu-reason"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <Text size="small" className="text-ui-fg-subtle">
              {w("reasonHint")}
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary">{w("cancel")}</Button>
            </Drawer.Close>
            <Button
              isLoading={act.isPending}
              disabled={reason.trim().length < 2}
              onClick={() => change && act.mutate(change)}
            >
              {w("confirm")}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
      <CooperativeHistory
        cooperative={historyOf}
        onClose={() => setHistoryOf(null)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "合作社 Cooperatives",
  icon: BuildingStorefront,
})

export default CooperativesPage
