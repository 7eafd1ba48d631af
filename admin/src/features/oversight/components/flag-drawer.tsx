import { useTranslation } from "react-i18next"
import { Drawer } from "@/components/drawer"
import { FactList } from "@/components/fact-list"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatDateTime } from "@/lib/format"
import { useFlag } from "../api/get-item"
import type { FlagDetail } from "../api/types"
import { flagFiguresText } from "../utils/figures"
import { AssignControl } from "./assign-control"
import { EvidenceTable } from "./evidence-table"
import { HouseholdCell } from "./household-cell"
import { ItemComments } from "./item-comments"
import { ResolveFlagForm } from "./resolve-flag-form"
import { ITEM_TONE } from "./tones"

// One flag beside the queue: the household (masked) or village, what the
// rule found, the aid records it found it in, who works it, the decision
// or the form to make it, and the reviewers' comments.
export function FlagDrawer({
  id,
  meId,
  countyLabel,
  onClose,
}: {
  id: string
  meId: string | undefined
  countyLabel: (code: string) => string
  onClose: () => void
}) {
  const { t } = useTranslation("oversight")
  const flag = useFlag(id)
  return (
    <Drawer
      recordKey={id}
      onClose={onClose}
      title={flag.data ? t(`rule.${flag.data.rule}`) : t("flags.detail")}
      subtitle={flag.data && t(`ruleHelp.${flag.data.rule}`)}
    >
      <QueryState query={flag}>
        {(data) => (
          <FlagBody flag={data} meId={meId} countyLabel={countyLabel} />
        )}
      </QueryState>
    </Drawer>
  )
}

function FlagBody({
  flag,
  meId,
  countyLabel,
}: {
  flag: FlagDetail
  meId: string | undefined
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("oversight")
  return (
    <>
      <Panel>
        <div className="flex flex-col gap-4" data-testid="flag-detail">
          <FactList
            facts={[
              {
                label: t("detail.status"),
                value: (
                  <StatusBadge tone={ITEM_TONE[flag.status]}>
                    {t(`status.${flag.status}`)}
                  </StatusBadge>
                ),
              },
              { label: t("detail.year"), value: flag.year },
              {
                label: flag.household
                  ? t("detail.household")
                  : t("detail.village"),
                value: (
                  <HouseholdCell
                    household={flag.household}
                    village={flag.village}
                  />
                ),
              },
              {
                label: t("detail.place"),
                value: `${countyLabel(flag.county_code)} ${flag.township} ${flag.village}`,
              },
              {
                label: t("detail.opened"),
                value: formatDateTime(flag.opened_at, i18n.language),
              },
              {
                label: t("detail.reopened"),
                value: t("detail.times", { count: flag.reopened_count }),
              },
            ]}
          />
          <div>
            <h3 className="text-sm text-stone-500">{t("detail.figures")}</h3>
            <p className="mt-0.5 font-medium text-stone-900">
              {flagFiguresText(flag, t, i18n.language)}
            </p>
          </div>
          <AssignControl
            kind="flag"
            id={flag.id}
            assignedTo={flag.assigned_to}
            meId={meId}
          />
        </div>
      </Panel>
      {flag.household && (
        <Panel title={t("evidence.title")}>
          <EvidenceTable records={flag.evidence} />
        </Panel>
      )}
      {flag.status === "open" ? (
        <ResolveFlagForm id={flag.id} />
      ) : (
        <Panel title={t("resolve.outcome")}>
          <div data-testid="flag-outcome">
            {flag.status === "cleared" ? (
              <p className="text-sm text-stone-700">{t("resolve.cleared")}</p>
            ) : (
              <FactList
                facts={[
                  {
                    label: t("resolve.resolution"),
                    value: flag.resolution
                      ? t(`resolution.${flag.resolution}`)
                      : "—",
                  },
                  { label: t("resolve.reason"), value: flag.resolution_note },
                  { label: t("resolve.by"), value: flag.resolved_by?.name },
                  {
                    label: t("resolve.at"),
                    value: formatDateTime(flag.resolved_at, i18n.language),
                  },
                ]}
              />
            )}
          </div>
        </Panel>
      )}
      <ItemComments kind="flag" id={flag.id} comments={flag.comments} />
    </>
  )
}
