import { DecisionButtons } from "./decision-buttons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { DataTable } from "@/components/data-table"
import { SelectField } from "@/components/field"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatDate } from "@/lib/format"
import type { CooperativeDecision } from "../api/change-cooperative-status"
import { useBureauCooperatives } from "../api/get-cooperatives"
import type { BureauCooperative, CooperativeStatus } from "../api/types"
import { CooperativeDecisionDialog } from "./cooperative-decision-dialog"
import { COOPERATIVE_TONE } from "./status-tones"

const LIMIT = 20
export type CooperativeFilter = CooperativeStatus | "all"

// Cooperatives by status (pending first: the queue), each with its actions.
export function CooperativeQueue({
  status,
  offset,
  onStatusChange,
  onOffsetChange,
  countyLabel,
}: {
  status: CooperativeFilter
  offset: number
  onStatusChange: (status: CooperativeFilter) => void
  onOffsetChange: (offset: number) => void
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("approvals")
  const query = useBureauCooperatives({
    status: status === "all" ? undefined : status,
    offset,
    limit: LIMIT,
  })
  const [action, setAction] = useState<{
    cooperative: BureauCooperative
    decision: CooperativeDecision
  } | null>(null)

  return (
    <div className="flex flex-col gap-3">
      <div className="max-w-xs">
        <SelectField
          label={t("cooperatives.statusFilter")}
          value={status}
          onChange={(event) =>
            onStatusChange(event.target.value as CooperativeFilter)
          }
          options={(["pending", "approved", "suspended", "all"] as const).map(
            (value) => ({
              value,
              label:
                value === "all"
                  ? t("cooperatives.allStatuses")
                  : t(`common:cooperativeStatus.${value}`),
            })
          )}
        />
      </div>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: onOffsetChange,
            }}
            nowrap
            caption={t("cooperatives.title")}
            rows={data.cooperatives}
            rowKey={(row) => row.id}
            empty={{
              title:
                status === "pending"
                  ? t("cooperatives.emptyPending")
                  : t("cooperatives.empty"),
            }}
            columns={[
              {
                key: "name",
                header: t("cooperatives.columns.name"),
                cell: (row) => (
                  <Link
                    to={`/bureau/cooperatives/${row.id}`}
                    className="font-medium text-emerald-800 hover:underline"
                  >
                    {row.name}
                  </Link>
                ),
              },
              {
                key: "county",
                header: t("cooperatives.columns.county"),
                cell: (row) => countyLabel(row.county_code),
              },
              {
                key: "credit",
                header: t("cooperatives.columns.creditCode"),
                cell: (row) => (
                  <span className="font-mono text-xs">{row.credit_code}</span>
                ),
              },
              {
                key: "created",
                header: t("cooperatives.columns.registered"),
                cell: (row) => formatDate(row.created_at, i18n.language),
              },
              {
                key: "status",
                header: t("cooperatives.columns.status"),
                cell: (row) => (
                  <StatusBadge tone={COOPERATIVE_TONE[row.status]}>
                    {t(`common:cooperativeStatus.${row.status}`)}
                  </StatusBadge>
                ),
              },
              {
                key: "actions",
                header: t("cooperatives.columns.actions"),
                cell: (row) => (
                  <DecisionButtons
                    yes={
                      row.status !== "approved"
                        ? {
                            label: t("actions.approve"),
                            onClick: () =>
                              setAction({
                                cooperative: row,
                                decision: "approve",
                              }),
                          }
                        : undefined
                    }
                    no={
                      row.status !== "suspended"
                        ? {
                            label: t("actions.suspend"),
                            onClick: () =>
                              setAction({
                                cooperative: row,
                                decision: "suspend",
                              }),
                          }
                        : undefined
                    }
                  />
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {action && (
        <CooperativeDecisionDialog
          cooperative={action.cooperative}
          decision={action.decision}
          onClose={() => setAction(null)}
        />
      )}
    </div>
  )
}
