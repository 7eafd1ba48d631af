import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Panel } from "@/components/page-header"
import { StatusBadge } from "@/components/status-badge"
import type { BureauHouseholdDetail } from "../api/types"
import type { VerificationDecision } from "../api/verify-household"
import { FactList } from "@/components/fact-list"
import { HouseholdVerifyDialog } from "./household-verify-dialog"
import { HOUSEHOLD_TONE, VERIFICATION_TONE } from "./status-tones"

// A household as the bureau sees it: masked identity, place, members,
// status and verification, the cooperatives it supplies.
export function HouseholdFacts({
  household,
  countyLabel,
}: {
  household: BureauHouseholdDetail
  countyLabel: (code: string) => string
}) {
  const { t } = useTranslation("approvals")
  const [decision, setDecision] = useState<VerificationDecision | null>(null)
  return (
    <Panel
      title={t("household.facts")}
      actions={
        household.verification === "pending" && (
          <span className="flex gap-2">
            <Button onClick={() => setDecision("verified")}>
              {t("actions.verify")}
            </Button>
            <Button variant="secondary" onClick={() => setDecision("rejected")}>
              {t("actions.reject")}
            </Button>
          </span>
        )
      }
    >
      <FactList
        facts={[
          { label: t("household.head"), value: household.head_name },
          {
            label: t("household.idNumber"),
            value: <span className="font-mono">{household.id_number}</span>,
          },
          { label: t("household.phone"), value: household.phone ?? "—" },
          {
            label: t("household.place"),
            value: `${countyLabel(household.county_code)} ${household.township} ${household.village}`,
          },
          {
            label: t("household.members"),
            value: household.members?.length ? (
              <span className="flex flex-col gap-0.5">
                <span>{household.member_count}</span>
                <ul aria-label={t("household.memberList")} className="text-sm">
                  {household.members.map((m) => (
                    <li key={m.id_number} className="text-stone-700">
                      {t(`relation.${m.relation}`, {
                        defaultValue: m.relation,
                      })}{" "}
                      <span className="font-mono text-xs">{m.id_number}</span>
                    </li>
                  ))}
                </ul>
              </span>
            ) : (
              household.member_count
            ),
          },
          {
            label: t("household.cause"),
            value: household.poverty_cause
              ? t(`common:povertyCause.${household.poverty_cause}`, {
                  defaultValue: household.poverty_cause,
                })
              : "—",
          },
          {
            label: t("household.status"),
            value: (
              <StatusBadge tone={HOUSEHOLD_TONE[household.status]}>
                {t(`common:householdStatus.${household.status}`)}
                {household.status_year ? ` ${household.status_year}` : ""}
              </StatusBadge>
            ),
          },
          {
            label: t("household.verification"),
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <StatusBadge tone={VERIFICATION_TONE[household.verification]}>
                  {t(`verification.${household.verification}`)}
                </StatusBadge>
                {household.verification_note && (
                  <span className="text-stone-600">
                    {household.verification_note}
                  </span>
                )}
              </span>
            ),
          },
          {
            label: t("household.cooperatives"),
            value:
              household.cooperatives.length > 0
                ? household.cooperatives.map((c) => c.name).join("、")
                : "—",
          },
        ]}
      />
      {decision && (
        <HouseholdVerifyDialog
          household={household}
          decision={decision}
          onClose={() => setDecision(null)}
        />
      )}
    </Panel>
  )
}
