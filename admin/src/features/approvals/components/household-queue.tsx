import { QueueTable } from "./queue-table"
import { DecisionButtons } from "./decision-buttons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { formatDate } from "@/lib/format"
import { useBureauHouseholds } from "../api/get-households"
import type { BureauHousehold } from "../api/types"
import type { VerificationDecision } from "../api/verify-household"
import { HouseholdVerifyDialog } from "./household-verify-dialog"

const LIMIT = 20

// Households waiting for the bureau to verify their registration.
export function HouseholdQueue({
  offset,
  onOffsetChange,
  countyLabel,
}: {
  offset: number
  onOffsetChange: (offset: number) => void
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("approvals")
  const query = useBureauHouseholds({
    verification: "pending",
    offset,
    limit: LIMIT,
  })
  const [action, setAction] = useState<{
    household: BureauHousehold
    decision: VerificationDecision
  } | null>(null)

  return (
    <>
      <QueueTable
        query={query}
        rows={(data) => data.households}
        caption={t("households.title")}
        empty={t("households.emptyPending")}
        offset={offset}
        limit={LIMIT}
        onOffsetChange={onOffsetChange}
        columns={[
          {
            key: "registry",
            header: t("households.columns.registry"),
            cell: (row) => (
              <Link
                to={`/bureau/households/${row.id}`}
                className="font-mono text-emerald-800 hover:underline"
              >
                {row.registry_number}
              </Link>
            ),
          },
          {
            key: "head",
            header: t("households.columns.head"),
            cell: (row) => row.head_name,
          },
          {
            key: "place",
            header: t("households.columns.place"),
            cell: (row) =>
              `${countyLabel(row.county_code)} ${row.township} ${row.village}`,
          },
          {
            key: "members",
            header: t("households.columns.members"),
            numeric: true,
            cell: (row) => row.member_count,
          },
          {
            key: "idNumber",
            header: t("households.columns.idNumber"),
            cell: (row) => (
              <span className="font-mono text-xs">{row.id_number}</span>
            ),
          },
          {
            key: "created",
            header: t("households.columns.registered"),
            cell: (row) => formatDate(row.created_at, i18n.language),
          },
          {
            key: "actions",
            header: t("households.columns.actions"),
            cell: (row) => (
              <DecisionButtons
                yes={{
                  label: t("actions.verify"),
                  onClick: () =>
                    setAction({ household: row, decision: "verified" }),
                }}
                no={{
                  label: t("actions.reject"),
                  onClick: () =>
                    setAction({ household: row, decision: "rejected" }),
                }}
              />
            ),
          },
        ]}
      />
      {action && (
        <HouseholdVerifyDialog
          household={action.household}
          decision={action.decision}
          onClose={() => setAction(null)}
        />
      )}
    </>
  )
}
