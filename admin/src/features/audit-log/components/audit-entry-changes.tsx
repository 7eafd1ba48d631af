import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Dialog } from "@/components/dialog"
import type { AuditEntry } from "../api/get-audit-log"
import { useAuditWords } from "../hooks/use-audit-words"

// A stored value in words: lists of field names as labels, a reveal's
// purpose as the console says it, other objects as they were stored.
function useShow() {
  const { t } = useTranslation("approvals")
  const words = useAuditWords()
  return (field: string, value: unknown) => {
    if (value === null || value === undefined || value === "") return "—"
    if (field === "purpose" && typeof value === "string")
      return t(`reveal.purposes.${value}`, { defaultValue: value })
    if (field === "fields" && Array.isArray(value))
      return value.map((f) => words.field(String(f))).join("、")
    if (typeof value === "boolean") return value ? "✓" : "✗"
    if (typeof value === "object") return JSON.stringify(value)
    return String(value)
  }
}

// The fields an entry changed, before → after, as the log stored them,
// opened from the row into a dialog (the table stays narrow).
export function AuditEntryChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation("audit-log")
  const words = useAuditWords()
  const show = useShow()
  const [open, setOpen] = useState(false)
  const before = entry.before ?? {}
  const after = entry.after ?? {}
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  if (fields.length === 0) {
    return <span className="text-stone-400">—</span>
  }
  return (
    <>
      <Button variant="ghost" small onClick={() => setOpen(true)}>
        {t("changes.summary", { count: fields.length })}
      </Button>
      {open && (
        <Dialog
          title={t("changes.title", { action: words.action(entry.action) })}
          description={`${words.resourceType(entry.resource_type)} ${entry.resource_name ?? entry.resource_id}`}
          onClose={() => setOpen(false)}
        >
          <div className="max-h-[60vh] overflow-auto">
            <table className="w-full whitespace-normal text-sm">
              <thead>
                <tr className="text-left text-stone-500">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("changes.field")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("changes.before")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("changes.after")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {fields.map((field) => (
                  <tr key={field} className="align-top">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {words.field(field)}
                    </th>
                    <td className="break-all py-1 pr-3 text-stone-500">
                      {show(field, before[field])}
                    </td>
                    <td className="break-all py-1">
                      {show(field, after[field])}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-4 flex justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("changes.close")}
            </Button>
          </div>
        </Dialog>
      )}
    </>
  )
}
