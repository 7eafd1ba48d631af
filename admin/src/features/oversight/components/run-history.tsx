import { useState } from "react"
import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatDateTime } from "@/lib/format"
import { useOversightRuns } from "../api/runs"
import type { OversightRun } from "../api/types"

const LIMIT = 10

const count = (value: number | null) => value ?? "—"

// Recent runs of the rules over the jurisdiction, the nightly ones too
// (a run over a wider area shows no counts: they are others' as well).
export function RunHistoryPanel() {
  const { t, i18n } = useTranslation("oversight")
  const [offset, setOffset] = useState(0)
  const query = useOversightRuns({ offset, limit: LIMIT })
  const columns: Column<OversightRun>[] = [
    {
      key: "when",
      header: t("runs.when"),
      cell: (r) => formatDateTime(r.created_at, i18n.language),
    },
    {
      key: "trigger",
      header: t("runs.trigger"),
      cell: (r) => t(`runs.by.${r.trigger}`),
    },
    { key: "year", header: t("runs.year"), numeric: true, cell: (r) => r.year },
    {
      key: "status",
      header: t("runs.status"),
      cell: (r) => (
        <StatusBadge
          tone={
            r.status === "completed"
              ? "green"
              : r.status === "failed"
                ? "red"
                : "amber"
          }
        >
          {t(`run.status.${r.status}`)}
        </StatusBadge>
      ),
    },
    {
      key: "households",
      header: t("runs.households"),
      numeric: true,
      cell: (r) => count(r.households),
    },
    {
      key: "records",
      header: t("runs.records"),
      numeric: true,
      cell: (r) => count(r.aid_records),
    },
    {
      key: "opened",
      header: t("runs.opened"),
      numeric: true,
      cell: (r) => count(r.flags_opened),
    },
    {
      key: "reopened",
      header: t("runs.reopened"),
      numeric: true,
      cell: (r) => count(r.flags_reopened),
    },
    {
      key: "cleared",
      header: t("runs.cleared"),
      numeric: true,
      cell: (r) => count(r.flags_cleared),
    },
    {
      key: "cases",
      header: t("runs.cases"),
      numeric: true,
      cell: (r) => count(r.cases_opened),
    },
  ]
  return (
    <Panel title={t("runs.title")}>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            caption={t("runs.title")}
            rows={data.runs}
            rowKey={(r) => r.id}
            columns={columns}
            nowrap
            empty={{ title: t("runs.empty"), hint: t("runs.emptyHint") }}
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
          />
        )}
      </QueryState>
    </Panel>
  )
}
