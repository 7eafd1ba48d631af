import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Panel } from "@/components/page-header"
import { StatusBadge } from "@/components/status-badge"
import { formatDate } from "@/lib/format"
import type { CooperativeDecision } from "../api/change-cooperative-status"
import type { BureauCooperativeDetail } from "../api/types"
import { CooperativeDecisionDialog } from "./cooperative-decision-dialog"
import { FactList } from "@/components/fact-list"
import { COOPERATIVE_TONE } from "./status-tones"

// What a reviewer checks before deciding: identity, credit code, county,
// contact, story and certifications; with the approve / suspend actions.
export function CooperativeFacts({
  cooperative,
  countyLabel,
}: {
  cooperative: BureauCooperativeDetail
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("approvals")
  const [decision, setDecision] = useState<CooperativeDecision | null>(null)
  const certifications = cooperative.certifications ?? []
  return (
    <div className="flex flex-col gap-4">
      <Panel
        title={t("cooperative.facts")}
        actions={
          <span className="flex gap-2">
            {cooperative.status !== "approved" && (
              <Button onClick={() => setDecision("approve")}>
                {t("actions.approve")}
              </Button>
            )}
            {cooperative.status !== "suspended" && (
              <Button variant="danger" onClick={() => setDecision("suspend")}>
                {t("actions.suspend")}
              </Button>
            )}
          </span>
        }
      >
        <FactList
          facts={[
            {
              label: t("cooperative.status"),
              value: (
                <span className="flex flex-wrap items-center gap-2">
                  <StatusBadge tone={COOPERATIVE_TONE[cooperative.status]}>
                    {t(`common:cooperativeStatus.${cooperative.status}`)}
                  </StatusBadge>
                  {cooperative.status_reason && (
                    <span className="text-stone-600">
                      {cooperative.status_reason}
                    </span>
                  )}
                </span>
              ),
            },
            {
              label: t("cooperative.creditCode"),
              value: (
                <span className="font-mono">{cooperative.credit_code}</span>
              ),
            },
            {
              label: t("cooperative.county"),
              value: countyLabel(cooperative.county_code),
            },
            { label: t("cooperative.handle"), value: cooperative.handle },
            { label: t("cooperative.email"), value: cooperative.contact_email },
            {
              label: t("cooperative.registered"),
              value: formatDate(cooperative.created_at, i18n.language),
            },
          ]}
        />
        {cooperative.story && (
          <div className="mt-4 text-sm">
            <p className="text-stone-500">{t("cooperative.story")}</p>
            <p className="mt-1 whitespace-pre-line text-stone-800">
              {cooperative.story}
            </p>
          </div>
        )}
      </Panel>
      <Panel title={t("cooperative.certifications")}>
        {certifications.length === 0 ? (
          <p className="text-sm text-stone-500">
            {t("cooperative.noCertifications")}
          </p>
        ) : (
          <ul className="divide-y divide-stone-100 text-sm">
            {certifications.map((certification) => (
              <li key={certification.id} className="py-2">
                <span className="font-medium">{certification.kind}</span>{" "}
                <span className="font-mono">{certification.number}</span>
                {certification.issued_by && ` · ${certification.issued_by}`}
                {certification.expires_at &&
                  ` · ${t("cooperative.expires", { date: formatDate(certification.expires_at, i18n.language) })}`}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {decision && (
        <CooperativeDecisionDialog
          cooperative={cooperative}
          decision={decision}
          onClose={() => setDecision(null)}
        />
      )}
    </div>
  )
}
