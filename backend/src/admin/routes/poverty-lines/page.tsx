import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Table, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LabeledInput } from "../../components/labeled-input"
import { LoadFailed, PageHeading } from "../../components/page-heading"
import { sdk } from "../../lib/sdk"
import { formatFen, useWords } from "../../lib/words"

type Line = { year: number; amount: number; note: string | null }

// The poverty line by year (fen per person per year in the API, yuan on
// screen): the bureau's poverty-line report measures households against it.
const PovertyLinesPage = () => {
  const w = useWords()
  const { i18n } = useTranslation()
  const client = useQueryClient()
  const [form, setForm] = useState({ year: "", yuan: "", note: "" })
  const list = useQuery({
    queryKey: ["tianfu-poverty-lines"],
    queryFn: () =>
      sdk.client.fetch<{ poverty_lines: Line[] }>("/admin/poverty-lines"),
  })
  const set = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/poverty-lines", {
        method: "POST",
        body: {
          year: Number(form.year),
          // Yuan typed, fen stored: "4,000.5" → 400050.
          amount: Math.round(Number(form.yuan.replace(/,/g, "")) * 100),
          ...(form.note.trim() ? { note: form.note.trim() } : {}),
        },
      }),
    onSuccess: () => {
      setForm({ year: "", yuan: "", note: "" })
      return client.invalidateQueries({ queryKey: ["tianfu-poverty-lines"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const field = (key: keyof typeof form, label: string, numeric = false) => (
    <LabeledInput
      id={`tianfu-line-${key}`}
      label={label}
      numeric={numeric}
      value={form[key]}
      onChange={(value) => setForm({ ...form, [key]: value })}
    />
  )
  return (
    <Container className="divide-y p-0" data-testid="tianfu-poverty-lines">
      <PageHeading title={w("povertyLines")} hint={w("povertyLinesHint")}>
        <form
          className="flex flex-wrap items-end gap-2 pt-2"
          onSubmit={(event) => {
            event.preventDefault()
            set.mutate()
          }}
        >
          {field("year", w("year"), true)}
          {field("yuan", w("perPerson"), true)}
          {field("note", w("note"))}
          <Button type="submit" size="small" isLoading={set.isPending}>
            {w("setLine")}
          </Button>
        </form>
      </PageHeading>
      <LoadFailed failed={list.isError} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{w("year")}</Table.HeaderCell>
            <Table.HeaderCell>{w("perPerson")}</Table.HeaderCell>
            <Table.HeaderCell>{w("note")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {list.data?.poverty_lines.map((line) => (
            <Table.Row key={line.year}>
              <Table.Cell>{line.year}</Table.Cell>
              <Table.Cell>{formatFen(line.amount, i18n.language)}</Table.Cell>
              <Table.Cell>{line.note ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "贫困线 Poverty lines",
  icon: ChartBar,
})

export default PovertyLinesPage
