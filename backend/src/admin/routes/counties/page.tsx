import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { CountyForm } from "../../components/county-form"
import { LoadFailed, PageHeading } from "../../components/page-heading"
import { sdk } from "../../lib/sdk"
import { useWords } from "../../lib/words"

type County = {
  code: string
  name_zh: string
  name_en: string
  prefecture_zh: string
  poverty_status: "national_key" | "provincial_key" | "none" | null
  lifted_year: number | null
}

// The counties the platform serves, by GB/T 2260 code, and a form to add
// one (the seed loads the demo's).
const CountiesPage = () => {
  const w = useWords()
  const [q, setQ] = useState("")
  const list = useQuery({
    queryKey: ["tianfu-counties"],
    queryFn: () =>
      sdk.client.fetch<{ counties: County[] }>("/admin/counties", {
        query: { limit: 500 },
      }),
  })
  const shown = (list.data?.counties ?? []).filter(
    (c) =>
      !q.trim() ||
      c.code.startsWith(q.trim()) ||
      c.name_zh.includes(q.trim()) ||
      c.name_en.toLowerCase().includes(q.trim().toLowerCase())
  )
  return (
    <Container className="divide-y p-0" data-testid="tianfu-counties">
      <PageHeading title={w("counties")} hint={w("countiesHint")}>
        <CountyForm />
        <Input
          type="text"
          className="w-64"
          placeholder={`${w("code")} / ${w("name")}`}
          aria-label={`${w("code")} / ${w("name")}`}
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
      </PageHeading>
      <LoadFailed failed={list.isError} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{w("code")}</Table.HeaderCell>
            <Table.HeaderCell>{w("name")}</Table.HeaderCell>
            <Table.HeaderCell>{w("prefecture")}</Table.HeaderCell>
            <Table.HeaderCell>{w("povertyStatus")}</Table.HeaderCell>
            <Table.HeaderCell>{w("liftedYear")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {shown.map((county) => (
            <Table.Row key={county.code}>
              <Table.Cell>{county.code}</Table.Cell>
              <Table.Cell>
                {county.name_zh} · {county.name_en}
              </Table.Cell>
              <Table.Cell>{county.prefecture_zh}</Table.Cell>
              <Table.Cell>{w(county.poverty_status ?? "none")}</Table.Cell>
              <Table.Cell>{county.lifted_year ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && shown.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">{w("empty")}</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "县 Counties", icon: MapPin })

export default CountiesPage
