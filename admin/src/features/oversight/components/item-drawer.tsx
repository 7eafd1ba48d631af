import { useTranslation } from "react-i18next"
import { Drawer } from "@/components/drawer"
import { FactList } from "@/components/fact-list"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatDateTime } from "@/lib/format"
import { useOversightItem } from "../api/get-item"
import type { ItemDetail, OversightKind, Reviewer } from "../api/types"
import { AssignControl } from "./assign-control"
import { HouseholdCell } from "./household-cell"
import { ItemComments } from "./item-comments"
import { ITEM_TONE } from "./tones"

type Fact = { label: string; value: React.ReactNode }

// What a page hands a flag's or a case's drawer.
export type ItemDrawerProps = {
  id: string
  meId: string | undefined
  countyLabel: (code: string) => string
  onClose: () => void
}

// One flag or case beside its queue: its status, year, household (masked)
// or village, place and age, with what only its kind has (`facts`,
// `summary`), who works it and the picker to hand it on; then the rest of
// the kind (`children`) and the reviewers' comments.
export function ItemDrawer<K extends OversightKind>({
  kind,
  id,
  meId,
  countyLabel,
  onClose,
  heading,
  facts,
  summary,
  children,
}: ItemDrawerProps & {
  kind: K
  heading: (item: ItemDetail[K] | undefined) => {
    title: string
    subtitle?: string
  }
  facts?: (item: ItemDetail[K]) => Fact[]
  summary?: (item: ItemDetail[K]) => React.ReactNode
  children: (item: ItemDetail[K]) => React.ReactNode
}) {
  const { t, i18n } = useTranslation("oversight")
  const found = useOversightItem(kind, id)
  const { title, subtitle } = heading(found.data)
  return (
    <Drawer recordKey={id} onClose={onClose} title={title} subtitle={subtitle}>
      <QueryState query={found}>
        {(item) => (
          <>
            <Panel>
              <div
                className="flex flex-col gap-4"
                data-testid={`${kind}-detail`}
              >
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
                      label: item.household
                        ? t("detail.household")
                        : t("detail.village"),
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
                    ...(facts?.(item) ?? []),
                  ]}
                />
                {summary?.(item)}
                <AssignControl
                  // A fresh picker for another item or another assignee.
                  key={`${item.id}-${item.assigned_to?.id ?? ""}`}
                  kind={kind}
                  item={item}
                  meId={meId}
                  countyLabel={countyLabel}
                />
              </div>
            </Panel>
            {children(item)}
            <ItemComments kind={kind} id={item.id} comments={item.comments} />
          </>
        )}
      </QueryState>
    </Drawer>
  )
}

// How a flag was resolved or a case closed, once it is: the decision,
// the reason, by whom and when (`words`: "resolve" or "close"); or, for a
// flag the rules cleared, a note in place of them.
export function OutcomePanel({
  words,
  testId,
  decision,
  reason,
  by,
  at,
  note,
}: {
  words: "resolve" | "close"
  testId: string
  decision: Fact
  reason: string | null
  by: Reviewer | null
  at: string | null
  note?: string
}) {
  const { t, i18n } = useTranslation("oversight")
  return (
    <Panel title={t(`${words}.outcome`)}>
      <div data-testid={testId}>
        {note ? (
          <p className="text-sm text-stone-700">{note}</p>
        ) : (
          <FactList
            facts={[
              decision,
              { label: t(`${words}.reason`), value: reason },
              { label: t(`${words}.by`), value: by?.name },
              {
                label: t(`${words}.at`),
                value: formatDateTime(at, i18n.language),
              },
            ]}
          />
        )}
      </div>
    </Panel>
  )
}
