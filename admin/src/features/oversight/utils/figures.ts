import type { TFunction } from "i18next"
import { formatFen } from "@/lib/money"
import type { CaseTriggerEntry, Flag } from "../api/types"

const num = (value: unknown) => Number(value ?? 0)

// A flag's figures in words, money in yuan with two decimals: what the
// rule found, as the reviewer reads it in the queue and the drawer.
export function flagFiguresText(
  flag: Pick<Flag, "rule" | "figures">,
  t: TFunction,
  language: string
): string {
  const f = flag.figures
  const yuan = (key: string) => formatFen(num(f[key]), language)
  switch (flag.rule) {
    case "omitted":
      return t("figures.omitted")
    case "multiple":
      return (
        t("figures.multiple", { givers: num(f.givers), total: yuan("total") }) +
        (f.percentile_value !== undefined
          ? t("figures.percentile", { value: yuan("percentile_value") })
          : "")
      )
    case "repeated":
      return t("figures.repeated", {
        records: num(f.records),
        days: num(f.window_days),
      })
    case "two_horses":
      return t("figures.two_horses", {
        allowance: yuan("allowance"),
        support: yuan("support"),
      })
    case "imbalance":
      return t("figures.imbalance", {
        village: yuan("village_per_member"),
        township: yuan("township_per_member"),
        percent: num(f.percent_of_township),
        households: num(f.households),
      })
    default:
      return ""
  }
}

// Why a case opened (or took a new trigger), in words.
export function triggerText(
  entry: CaseTriggerEntry,
  t: TFunction,
  language: string
): string {
  const f = entry.figures ?? {}
  const yuan = (key: string) => formatFen(num(f[key]), language)
  switch (entry.trigger) {
    case "low_income":
      return f.band !== undefined
        ? t("triggerFigures.lowIncomeBand", {
            perMember: yuan("per_member"),
            band: yuan("band"),
          })
        : t("triggerFigures.lowIncome", { perMember: yuan("per_member") })
    case "income_drop":
      return t("triggerFigures.incomeDrop", {
        income: yuan("income"),
        previous: yuan("previous_income"),
      })
    case "shock":
      return entry.kind ? t(`shockKind.${entry.kind}`) : ""
    default:
      return ""
  }
}

// Whole days since an item opened (its age in the queue).
export function ageInDays(openedAt: string, now = Date.now()): number {
  return Math.max(
    0,
    Math.floor((now - new Date(openedAt).getTime()) / 86_400_000)
  )
}
