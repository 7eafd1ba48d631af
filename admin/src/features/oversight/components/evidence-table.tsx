import { useTranslation } from "react-i18next"
import { type Column, DataTable, type Paging } from "@/components/data-table"
import { formatFen } from "@/lib/money"
import type { AidRecord } from "../api/types"

// Aid records — those a rule found, or a household's — with their source,
// giver, purpose (and what was given in kind), value, day and reference.
export function EvidenceTable({
  records,
  caption,
  empty,
  page,
}: {
  records: AidRecord[]
  caption?: string
  empty?: { title: string; hint?: string }
  page?: Paging
}) {
  const { t, i18n } = useTranslation("oversight")
  const columns: Column<AidRecord>[] = [
    {
      key: "given_on",
      header: t("evidence.givenOn"),
      cell: (r) => r.given_on.slice(0, 10),
    },
    {
      key: "source",
      header: t("evidence.source"),
      cell: (r) => t(`source.${r.source_kind}`),
    },
    { key: "giver", header: t("evidence.giver"), cell: (r) => r.giver },
    {
      key: "purpose",
      header: t("evidence.purpose"),
      cell: (r) =>
        r.in_kind
          ? t("evidence.withInKind", { purpose: r.purpose, inKind: r.in_kind })
          : r.purpose,
    },
    {
      key: "amount",
      header: t("evidence.amount"),
      numeric: true,
      cell: (r) => formatFen(r.amount, i18n.language),
    },
    {
      key: "reference",
      header: t("evidence.reference"),
      cell: (r) => <span className="font-mono text-xs">{r.reference}</span>,
    },
  ]
  return (
    <DataTable
      caption={caption ?? t("evidence.title")}
      rows={records}
      rowKey={(r) => r.id}
      columns={columns}
      nowrap
      empty={empty ?? { title: t("evidence.none") }}
      page={page}
    />
  )
}
