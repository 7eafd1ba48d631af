import { readableQuantity } from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useOffsetPaging } from "@/components/use-offset-paging"
import { DataTable } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatDate } from "@/lib/format"
import { useBatches } from "../api/get-batches"
import type { BatchListItem } from "../api/types"
import { CertificationBadges } from "./certification-badges"

// The cooperative's batches with their trace codes, latest harvest first.
export function BatchList({ emptyAction }: { emptyAction?: React.ReactNode }) {
  const { t, i18n } = useTranslation("batches")
  const { offset, limit, paging } = useOffsetPaging()
  const batches = useBatches({ offset, limit })
  return (
    <QueryState query={batches}>
      {(page) => (
        <DataTable<BatchListItem>
          page={paging(page.count)}
          caption={t("list.caption")}
          rows={page.batches}
          rowKey={(b) => b.id}
          empty={{
            title: t("list.empty"),
            hint: t("list.emptyHint"),
            action: emptyAction,
          }}
          columns={[
            {
              key: "code",
              header: t("fields.traceCode"),
              cell: (b) => (
                <Link
                  to={`/coop/batches/${b.id}`}
                  className="font-mono font-medium text-emerald-800 hover:underline"
                >
                  {b.trace_code}
                </Link>
              ),
            },
            {
              key: "variant",
              header: t("fields.variant"),
              cell: (b) =>
                b.variant ? (
                  <span>
                    {b.variant.product?.title}
                    <span className="text-stone-500"> · {b.variant.title}</span>
                  </span>
                ) : (
                  "—"
                ),
            },
            {
              key: "village",
              header: t("fields.village"),
              cell: (b) => b.village,
            },
            {
              key: "harvested",
              header: t("fields.harvestedAt"),
              cell: (b) => formatDate(b.harvested_at, i18n.language),
            },
            {
              key: "quantity",
              header: t("fields.quantity"),
              numeric: true,
              cell: (b) => {
                const amount = readableQuantity(b.quantity, b.unit)
                return `${amount.value} ${t(`units.${amount.unit}`)}`
              },
            },
            {
              key: "contributions",
              header: t("list.contributions"),
              numeric: true,
              cell: (b) =>
                t("list.contributionCount", {
                  count: b.contribution_count ?? b.registered_households,
                  households: b.registered_households,
                }),
            },
            {
              key: "status",
              header: t("list.status"),
              cell: (b) => (
                <span className="flex flex-col items-start gap-1">
                  {b.voided_at ? (
                    <StatusBadge tone="red">{t("list.voided")}</StatusBadge>
                  ) : (
                    <StatusBadge tone={b.stock_quantity > 0 ? "blue" : "grey"}>
                      {t("list.stocked", { count: b.stock_quantity })}
                    </StatusBadge>
                  )}
                  <CertificationBadges certifications={b.certifications} />
                </span>
              ),
            },
          ]}
        />
      )}
    </QueryState>
  )
}
