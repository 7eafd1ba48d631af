import { useTranslation } from "react-i18next"
import { EmptyState } from "./states"

export type Column<Row> = {
  key: string
  header: string
  cell: (row: Row) => React.ReactNode
  // Money and counts line up on the right.
  numeric?: boolean
}

export type Paging = {
  count: number
  offset: number
  limit: number
  onChange: (offset: number) => void
}

// A plain table with an empty state and, given `page`, previous / next below
// it (kept under an empty page too, so a reader past the end can come back).
// Below 640 px each row becomes a card of "header: value" lines
// (styles.css, .responsive-table), so no column is out of reach on a phone.
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  empty,
  caption,
  nowrap = false,
  page,
}: {
  columns: Column<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  empty: { title: string; hint?: string; action?: React.ReactNode }
  caption?: string
  // Keep cells on one line (short Chinese words otherwise break a character
  // per line on phones); the table scrolls sideways instead.
  nowrap?: boolean
  page?: Paging
}) {
  const table =
    rows.length === 0 ? (
      <EmptyState {...empty} />
    ) : (
      <Table
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        caption={caption}
        nowrap={nowrap}
      />
    )
  if (!page) return table
  return (
    <>
      {table}
      <Pagination {...page} />
    </>
  )
}

function Table<Row>({
  columns,
  rows,
  rowKey,
  caption,
  nowrap,
}: {
  columns: Column<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  caption?: string
  nowrap: boolean
}) {
  return (
    // A table wider than the screen scrolls; the keyboard reaches it too.
    <div
      className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table
        className={`responsive-table min-w-full divide-y divide-stone-200 text-sm ${nowrap ? "whitespace-nowrap" : ""}`}
      >
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-stone-50">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`px-3 py-2 font-medium text-stone-600 ${column.numeric ? "text-right" : "text-left"}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="hover:bg-stone-50">
              {columns.map((column) => (
                <td
                  key={column.key}
                  data-label={column.header}
                  className={`px-3 py-2 align-top ${column.numeric ? "text-right tabular-nums" : ""}`}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

// Previous / next over an offset-paged list, with "1–20 of 45".
export function Pagination({ count, offset, limit, onChange }: Paging) {
  const { t } = useTranslation()
  if (count <= limit && offset === 0) return null
  const from = count === 0 ? 0 : offset + 1
  const to = Math.min(offset + limit, count)
  return (
    <nav
      aria-label={t("pagination.label")}
      className="mt-3 flex items-center justify-between text-sm text-stone-600"
    >
      <span>{t("pagination.range", { from, to, count })}</span>
      <span className="flex gap-2">
        <button
          type="button"
          className="rounded border border-stone-300 px-3 py-1 disabled:opacity-40"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {t("pagination.previous")}
        </button>
        <button
          type="button"
          className="rounded border border-stone-300 px-3 py-1 disabled:opacity-40"
          disabled={offset + limit >= count}
          onClick={() => onChange(offset + limit)}
        >
          {t("pagination.next")}
        </button>
      </span>
    </nav>
  )
}
