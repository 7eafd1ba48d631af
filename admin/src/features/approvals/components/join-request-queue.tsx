import { QueueTable } from "./queue-table"
import { DecisionButtons } from "./decision-buttons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatDate } from "@/lib/format"
import {
  type BureauJoinRequest,
  type JoinDecision,
  useJoinRequests,
} from "../api/join-requests"
import { JoinDecisionDialog } from "./join-decision-dialog"

const LIMIT = 20

// Cooperatives asking to count a registered household among their members,
// oldest first: the reviewer sees whether the proof matched a household
// (masked) and approves or rejects with a reason.
export function JoinRequestQueue({
  offset,
  onOffsetChange,
}: {
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t, i18n } = useTranslation("approvals")
  const query = useJoinRequests({ offset, limit: LIMIT })
  const [action, setAction] = useState<{
    request: BureauJoinRequest
    decision: JoinDecision
  } | null>(null)
  return (
    <>
      <QueueTable
        query={query}
        rows={(data) => data.join_requests}
        caption={t("joins.title")}
        empty={t("joins.empty")}
        offset={offset}
        limit={LIMIT}
        onOffsetChange={onOffsetChange}
        columns={[
          {
            key: "cooperative",
            header: t("joins.columns.cooperative"),
            cell: (row) => row.cooperative?.name ?? "—",
          },
          {
            key: "registry",
            header: t("joins.columns.registry"),
            cell: (row) => (
              <span className="font-mono">{row.registry_number}</span>
            ),
          },
          {
            key: "household",
            header: t("joins.columns.household"),
            cell: (row) =>
              row.household ? (
                `${row.household.head_name} · ${row.household.village}`
              ) : (
                <span className="text-amber-800">{t("joins.noMatch")}</span>
              ),
          },
          {
            key: "requested",
            header: t("joins.columns.requested"),
            cell: (row) => formatDate(row.created_at, i18n.language),
          },
          {
            key: "actions",
            header: t("joins.columns.actions"),
            cell: (row) => (
              <DecisionButtons
                yes={{
                  label: t("joins.approve"),
                  disabled: !row.matched,
                  onClick: () =>
                    setAction({ request: row, decision: "approve" }),
                }}
                no={{
                  label: t("joins.reject"),
                  onClick: () =>
                    setAction({ request: row, decision: "reject" }),
                }}
              />
            ),
          },
        ]}
      />
      {action && (
        <JoinDecisionDialog
          request={action.request}
          decision={action.decision}
          onClose={() => setAction(null)}
        />
      )}
    </>
  )
}
