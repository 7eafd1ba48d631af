import { useTranslation } from "react-i18next"
import { Button } from "./button"

// A report laid out for paper: who printed what, for which jurisdiction and
// period, and when, above the table; the print button and the way back are
// on screen only. The table's header repeats on every printed page.
export function PrintSheet({
  title,
  facts,
  children,
  issuer,
  footer,
}: {
  title: string
  facts: [string, string][]
  children: React.ReactNode
  // Defaults: the bureau's report header and footer.
  issuer?: string
  footer?: string
}) {
  const { t } = useTranslation()
  return (
    <div className="print-sheet mx-auto max-w-5xl bg-white p-6 text-stone-900 print:max-w-none print:p-0">
      <div className="mb-4 flex justify-end gap-2 print:hidden">
        <Button variant="secondary" onClick={() => window.history.back()}>
          {t("print.back")}
        </Button>
        <Button onClick={() => window.print()}>{t("print.print")}</Button>
      </div>
      <header className="mb-4 border-b border-stone-300 pb-3">
        <p className="text-xs text-stone-500">{issuer ?? t("print.issuer")}</p>
        <h1 className="text-xl font-semibold">{title}</h1>
        <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="flex gap-2">
              <dt className="text-stone-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      {children}
      <footer className="mt-6 text-xs text-stone-500">
        {footer ?? t("print.footer")}
      </footer>
    </div>
  )
}

// A plain table for paper: numbers right-aligned, a totals row if given.
export function PrintTable({
  caption,
  columns,
  rows,
  totals,
}: {
  caption: string
  columns: { header: string; numeric?: boolean }[]
  rows: React.ReactNode[][]
  totals?: React.ReactNode[]
}) {
  const cell = (numeric?: boolean) =>
    `border border-stone-300 px-2 py-1 ${numeric ? "text-right tabular-nums" : "text-left"}`
  return (
    <table className="print-table w-full border-collapse text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="bg-stone-100">
          {columns.map((c) => (
            <th key={c.header} scope="col" className={cell(c.numeric)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((value, j) => (
              <td key={j} className={cell(columns[j]?.numeric)}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {totals && (
        <tfoot>
          <tr className="font-semibold">
            {totals.map((value, j) => (
              <td key={j} className={cell(columns[j]?.numeric)}>
                {value}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  )
}
