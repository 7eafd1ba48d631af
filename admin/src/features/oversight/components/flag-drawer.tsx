import { useTranslation } from "react-i18next"
import { Panel } from "@/components/page-header"
import { flagFiguresText } from "../utils/figures"
import { EvidenceTable } from "./evidence-table"
import { ItemDrawer, type ItemDrawerProps, OutcomePanel } from "./item-drawer"
import { ResolveFlagForm } from "./resolve-flag-form"

// One flag: what the rule found and the aid records it found it in, then
// the decision or the form to make it.
export function FlagDrawer(props: ItemDrawerProps) {
  const { t, i18n } = useTranslation("oversight")
  return (
    <ItemDrawer
      kind="flag"
      {...props}
      heading={(flag) =>
        flag
          ? {
              title: t(`rule.${flag.rule}`),
              subtitle: t(`ruleHelp.${flag.rule}`),
            }
          : { title: t("flags.detail") }
      }
      facts={(flag) => [
        {
          label: t("detail.reopened"),
          value: t("detail.times", { count: flag.reopened_count }),
        },
      ]}
      summary={(flag) => (
        <div>
          <h3 className="text-sm text-stone-500">{t("detail.figures")}</h3>
          <p className="mt-0.5 font-medium text-stone-900">
            {flagFiguresText(flag, t, i18n.language)}
          </p>
        </div>
      )}
    >
      {(flag) => (
        <>
          {flag.household && (
            <Panel title={t("evidence.title")}>
              <EvidenceTable records={flag.evidence} />
            </Panel>
          )}
          {flag.status === "open" ? (
            <ResolveFlagForm id={flag.id} />
          ) : (
            <OutcomePanel
              words="resolve"
              testId="flag-outcome"
              note={
                flag.status === "cleared" ? t("resolve.cleared") : undefined
              }
              decision={{
                label: t("resolve.resolution"),
                value: flag.resolution
                  ? t(`resolution.${flag.resolution}`)
                  : "—",
              }}
              reason={flag.resolution_note}
              by={flag.resolved_by}
              at={flag.resolved_at}
            />
          )}
        </>
      )}
    </ItemDrawer>
  )
}
