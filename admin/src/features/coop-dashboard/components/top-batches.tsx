import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { DataTable, type Column } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { formatDate } from "@/lib/format"
import { formatFen } from "@/lib/money"
import { useBatchAttribution } from "../api/get-batch-attribution"
import type { BatchRow } from "../api/types"
import { topBatches } from "../utils/rank"

// The best-selling batches since the start (the ledger keeps money per
// batch, not per product).
export function TopBatches() {
  const { t, i18n } = useTranslation("coop-dashboard")
  const query = useBatchAttribution()
  const columns: Column<BatchRow>[] = [
    {
      key: "trace_code",
      header: t("batches.traceCode"),
      cell: (b) => (
        <Link
          to={`/coop/batches/${b.batch_id}`}
          className="font-mono text-emerald-800 hover:underline"
        >
          {b.trace_code}
        </Link>
      ),
    },
    {
      key: "harvested_at",
      header: t("batches.harvestedAt"),
      cell: (b) => (
        <span className="whitespace-nowrap">
          {formatDate(b.harvested_at, i18n.language)}
        </span>
      ),
    },
    {
      key: "village",
      header: t("batches.village"),
      cell: (b) => <span className="whitespace-nowrap">{b.village}</span>,
    },
    {
      key: "net",
      header: t("batches.sales"),
      numeric: true,
      cell: (b) => formatFen(b.net, i18n.language),
    },
  ]
  return (
    <QueryState query={query}>
      {(report) => (
        <DataTable
          nowrap
          caption={t("batches.title")}
          columns={columns}
          rows={topBatches(report.batches)}
          rowKey={(b) => b.batch_id}
          empty={{ title: t("batches.empty") }}
        />
      )}
    </QueryState>
  )
}
