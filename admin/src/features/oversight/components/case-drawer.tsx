import { useTranslation } from "react-i18next"
import { Drawer } from "@/components/drawer"
import { FactList } from "@/components/fact-list"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatDateTime } from "@/lib/format"
import { useCase } from "../api/get-item"
import type { CaseDetail } from "../api/types"
import { AssignControl } from "./assign-control"
import { CaseEvents } from "./case-events"
import { CloseCaseForm } from "./close-case-form"
import { HouseholdCell } from "./household-cell"
import { ItemComments } from "./item-comments"
import { ITEM_TONE } from "./tones"

// One monitoring case beside the queue: the household, what set it off
// (income figures, shock events), who works it, the exit criteria it was
// closed on or the form to close it, and the comments.
export function CaseDrawer({
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
  const found = useCase(id)
  return (
    <Drawer
      recordKey={id}
      onClose={onClose}
      title={
        found.data ? t(`category.${found.data.category}`) : t("cases.detail")
      }
      subtitle={found.data && t(`categoryHelp.${found.data.category}`)}
    >
      <QueryState query={found}>
        {(data) => (
          <CaseBody item={data} meId={meId} countyLabel={countyLabel} />
        )}
      </QueryState>
    </Drawer>
  )
}

function CaseBody({
  item,
  meId,
  countyLabel,
}: {
  item: CaseDetail
  meId: string | undefined
  countyLabel: (code: string) => string
}) {
  const { t, i18n } = useTranslation("oversight")
  return (
    <>
      <Panel>
        <div className="flex flex-col gap-4" data-testid="case-detail">
          <FactList
            facts={[
              {
                label: t("detail.status"),
                value: (
                  <StatusBadge tone={ITEM_TONE[item.status]}>
                    {t(`status.${item.status}`)}
                  </StatusBadge>
                ),
              },
              { label: t("detail.year"), value: item.year },
              {
                label: t("detail.household"),
                value: (
                  <HouseholdCell
                    household={item.household}
                    village={item.village}
                  />
                ),
              },
              {
                label: t("detail.place"),
                value: `${countyLabel(item.county_code)} ${item.township} ${item.village}`,
              },
              {
                label: t("detail.opened"),
                value: formatDateTime(item.opened_at, i18n.language),
              },
            ]}
          />
          <AssignControl
            kind="case"
            id={item.id}
            assignedTo={item.assigned_to}
            meId={meId}
          />
        </div>
      </Panel>
      <CaseEvents triggers={item.triggers} shockEvents={item.shock_events} />
      {item.status === "open" ? (
        <CloseCaseForm id={item.id} />
      ) : (
        <Panel title={t("close.outcome")}>
          <div data-testid="case-outcome">
            <FactList
              facts={[
                {
                  label: t("close.criteriaMet"),
                  value: (item.exit_criteria ?? [])
                    .map((c) => t(`exitCriterion.${c}`))
                    .join(t("list.separator")),
                },
                { label: t("close.reason"), value: item.close_reason },
                { label: t("close.by"), value: item.closed_by?.name },
                {
                  label: t("close.at"),
                  value: formatDateTime(item.closed_at, i18n.language),
                },
              ]}
            />
          </div>
        </Panel>
      )}
      <ItemComments kind="case" id={item.id} comments={item.comments} />
    </>
  )
}
