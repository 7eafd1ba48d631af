import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { formatFen } from "@/lib/money"
import type { MemberStatement, StatementPayout } from "../api/linkage"
import { payoutColumns } from "./payout-columns"
import { useTermsText } from "./terms-text"

type Line = MemberStatement["obligations"][number]

// A member's year with the cooperative (社员收益明细), laid out to print on
// A4 and be signed: the agreements, what fell due and what of it is paid,
// every payment with the household's own answer, and the totals — the
// same fen the bureau's reports show.
export function MemberStatementSheet({
  statement,
}: {
  statement: MemberStatement
}) {
  const { t, i18n } = useTranslation("linkage")
  const terms = useTermsText()
  const date = (d: string) => new Date(d).toLocaleDateString(i18n.language)
  const { household, totals } = statement
  const obligationColumns: Column<Line>[] = [
    { key: "due", header: t("columns.due"), cell: (o) => date(o.due_on) },
    {
      key: "kind",
      header: t("columns.kind"),
      cell: (o) => t(`kind.${o.kind}`),
    },
    {
      key: "basis",
      header: t("columns.basis"),
      cell: (o) => o.basis ?? "—",
    },
    {
      key: "owed",
      header: t("columns.owed"),
      numeric: true,
      cell: (o) => formatFen(o.amount),
    },
    {
      key: "settled",
      header: t("statement.settled"),
      numeric: true,
      cell: (o) => formatFen(o.settled),
    },
    {
      key: "outstanding",
      header: t("columns.outstanding"),
      numeric: true,
      cell: (o) => formatFen(o.amount - o.settled),
    },
    {
      key: "floor",
      header: t("statement.floor"),
      numeric: true,
      cell: (o) =>
        o.floor_amount === null ? (
          "—"
        ) : (
          <span
            className={
              o.settled < o.floor_amount && o.amount > o.settled
                ? "text-amber-800"
                : ""
            }
          >
            {formatFen(o.floor_amount)}
          </span>
        ),
    },
  ]
  const paymentColumns: Column<StatementPayout>[] = [
    { key: "paid", header: t("columns.paidOn"), cell: (p) => date(p.paid_on) },
    // On paper, the receipt is not a button.
    ...payoutColumns<StatementPayout>(t).filter((c) => c.key !== "evidence"),
    {
      key: "answer",
      header: t("statement.answer"),
      cell: (p) =>
        p.entry === "reversal"
          ? t("reversal")
          : p.reversed
            ? t("statement.reversed")
            : t(`statement.answers.${p.answer ?? "none"}`),
    },
  ]
  const figures: [string, number][] = [
    ["statement.totals.obligations", totals.obligations],
    ["statement.totals.paid", totals.paid],
    ["statement.totals.confirmed", totals.confirmed],
    ["statement.totals.disputed", totals.disputed],
    ["statement.totals.unconfirmed", totals.unconfirmed],
    ["statement.totals.outstanding", totals.outstanding],
    ["statement.totals.late", totals.outstanding_late],
    ["statement.totals.attributed", totals.attributed_to_household],
  ]
  return (
    <article
      className="statement-sheet flex flex-col gap-4"
      aria-label={t("statement.title", { year: statement.year })}
    >
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-bold">
          {statement.cooperative.name} ·{" "}
          {t("statement.title", { year: statement.year })}
        </h2>
        <p className="text-sm text-stone-700" data-testid="statement-household">
          {t("statement.household", {
            name: household.head_name,
            registry: household.registry_number,
            place: `${household.township ?? ""}${household.village ?? ""}`,
            members: household.member_count,
          })}
        </p>
      </header>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {figures.map(([label, fen]) => (
          <div
            key={label}
            className="rounded border border-stone-200 bg-white p-2"
          >
            <dt className="text-xs text-stone-500">{t(label)}</dt>
            <dd className="font-semibold tabular-nums" data-figure={label}>
              {formatFen(fen)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-stone-500">{t("statement.attributedNote")}</p>
      <Panel title={t("agreements.title")}>
        {statement.agreements.length ? (
          <ul className="flex flex-col gap-1 text-sm">
            {statement.agreements.map((a) => (
              <li key={a.id}>
                {t(`kind.${a.kind}`)} · {terms(a)} · {date(a.starts_on)} –{" "}
                {a.ends_on ? date(a.ends_on) : t("inForce")}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t("statement.noAgreement")}</p>
        )}
      </Panel>
      <Panel title={t("statement.obligations")}>
        <DataTable
          caption={t("statement.obligations")}
          rows={statement.obligations}
          rowKey={(o) => o.id}
          empty={{ title: t("statement.noObligations") }}
          columns={obligationColumns}
        />
      </Panel>
      <Panel title={t("statement.payouts")}>
        <DataTable
          caption={t("statement.payouts")}
          rows={statement.payouts}
          rowKey={(p) => p.id}
          empty={{ title: t("statement.noPayouts") }}
          columns={paymentColumns}
        />
      </Panel>
      <footer className="mt-6 grid grid-cols-2 gap-8 text-sm">
        <p className="border-t border-stone-400 pt-1">
          {t("statement.signMember")}
        </p>
        <p className="border-t border-stone-400 pt-1">
          {t("statement.signCooperative")}
        </p>
      </footer>
      <div className="no-print">
        <Button onClick={() => window.print()}>{t("statement.print")}</Button>
      </div>
    </article>
  )
}
