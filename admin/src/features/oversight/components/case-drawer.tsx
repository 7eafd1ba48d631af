import { useTranslation } from "react-i18next"
import { CaseEvents } from "./case-events"
import { CloseCaseForm } from "./close-case-form"
import { ItemDrawer, type ItemDrawerProps, OutcomePanel } from "./item-drawer"

// One monitoring case: what set it off (income figures, shock events),
// then the exit criteria it was closed on or the form to close it.
export function CaseDrawer(props: ItemDrawerProps) {
  const { t } = useTranslation("oversight")
  return (
    <ItemDrawer
      kind="case"
      {...props}
      heading={(item) =>
        item
          ? {
              title: t(`category.${item.category}`),
              subtitle: t(`categoryHelp.${item.category}`),
            }
          : { title: t("cases.detail") }
      }
    >
      {(item) => (
        <>
          <CaseEvents
            triggers={item.triggers}
            shockEvents={item.shock_events}
          />
          {item.status === "open" ? (
            <CloseCaseForm id={item.id} />
          ) : (
            <OutcomePanel
              words="close"
              testId="case-outcome"
              decision={{
                label: t("close.criteriaMet"),
                value: (item.exit_criteria ?? [])
                  .map((c) => t(`exitCriterion.${c}`))
                  .join(t("list.separator")),
              }}
              reason={item.close_reason}
              by={item.closed_by}
              at={item.closed_at}
            />
          )}
        </>
      )}
    </ItemDrawer>
  )
}
