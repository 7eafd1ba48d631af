import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { ErrorState, LoadingState } from "@/components/states"
import { errorMessage } from "@/lib/api-error-message"
import { formatFen } from "@/lib/money"
import { useIssueSlips } from "../api/linkage"

// An A4 sheet of payout slips (eight to a page, two columns), like the
// batches' label sheet: each with the cooperative, the household, the
// amount, the kind and date, and its own QR code to the confirmation page.
// Opening the sheet issues a new single-use link for every slip on it.
export function SlipSheet({
  payoutIds,
  names,
  references = new Map(),
}: {
  payoutIds: string[]
  names: Map<string, string>
  // Payment id → its reference, to name the payments left off the sheet.
  references?: Map<string, string>
}) {
  const { t, i18n } = useTranslation("linkage")
  const issue = useIssueSlips()
  const { mutate } = issue
  const key = payoutIds.join(",")
  useEffect(() => {
    if (key) mutate(key.split(","))
  }, [mutate, key])
  if (!payoutIds.length) {
    return <p className="text-sm text-stone-600">{t("sheet.none")}</p>
  }
  return (
    <div className="flex flex-col gap-4">
      {issue.isPending && <LoadingState />}
      {issue.isError && (
        <ErrorState
          error={issue.error}
          onRetry={() => mutate(key.split(","))}
        />
      )}
      {issue.data && (
        <>
          <div className="no-print flex flex-col gap-2">
            <div className="flex items-center gap-3">
              <Button
                onClick={() => window.print()}
                disabled={!issue.data.slips.length}
              >
                {t("sheet.print")}
              </Button>
              <p className="text-sm text-stone-600">
                {t("sheet.count", { count: issue.data.slips.length })}
              </p>
            </div>
            {issue.data.refused.length > 0 && (
              <div
                role="status"
                className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
              >
                <p>
                  {t("sheet.refused", { count: issue.data.refused.length })}
                </p>
                <ul className="list-disc pl-5">
                  {issue.data.refused.map((r) => (
                    <li key={r.id}>
                      {references.get(r.id) ?? r.id}: {errorMessage(r.error, t)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <ul
            className="slip-sheet grid grid-cols-1 gap-3 sm:grid-cols-2"
            aria-label={t("sheet.title")}
          >
            {issue.data.slips.map((slip) => (
              <li
                key={slip.payout.id}
                data-testid="sheet-slip"
                className="slip-cell flex items-center gap-3 rounded border border-dashed border-stone-400 bg-white p-3"
              >
                <img
                  alt={t("slip.qr")}
                  className="h-32 w-32 shrink-0"
                  src={`data:image/svg+xml;utf8,${encodeURIComponent(slip.qr_svg)}`}
                />
                <div className="flex min-w-0 flex-col gap-1 text-sm">
                  <p className="font-semibold">{slip.cooperative.name}</p>
                  <p>
                    {t("slip.to", {
                      household: names.get(slip.payout.household_id) ?? "",
                    })}
                  </p>
                  <p className="text-xl font-bold">
                    {formatFen(slip.payout.amount)}
                  </p>
                  <p className="text-stone-600">
                    {t(`kind.${slip.payout.kind}`)} ·{" "}
                    {new Date(slip.payout.paid_on).toLocaleDateString(
                      i18n.language
                    )}{" "}
                    · {slip.payout.reference}
                  </p>
                  <p className="text-xs text-stone-500">
                    {t("slip.scan", {
                      until: new Date(slip.expires_at).toLocaleDateString(
                        i18n.language
                      ),
                    })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
