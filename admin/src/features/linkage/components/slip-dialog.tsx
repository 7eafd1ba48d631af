import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Dialog } from "@/components/dialog"
import { ErrorState, LoadingState } from "@/components/states"
import { formatFen } from "@/lib/money"
import { type Payout, useIssueSlip } from "../api/linkage"

// A payout slip to print and hand to the household: the amount, the kind,
// the cooperative and a QR code to the confirmation page. Each opening
// issues a new single-use link (a lost slip is simply printed again).
export function SlipDialog({
  payout,
  household,
  onClose,
}: {
  payout: Payout
  household: string
  onClose: () => void
}) {
  const { t, i18n } = useTranslation("linkage")
  const issue = useIssueSlip()
  const { mutate } = issue
  useEffect(() => mutate(payout.id), [mutate, payout.id])
  const slip = issue.data?.slip
  return (
    <Dialog title={t("slip.title")} onClose={onClose}>
      {issue.isPending && <LoadingState />}
      {issue.isError && <ErrorState error={issue.error} />}
      {slip && (
        <div
          className="flex flex-col items-center gap-2"
          data-testid="slip"
          data-slip
        >
          <p className="font-semibold">{slip.cooperative.name}</p>
          <p className="text-sm text-stone-600">
            {t("slip.to", { household })}
          </p>
          <p className="text-2xl font-bold">{formatFen(payout.amount)}</p>
          <p className="text-sm text-stone-600">
            {t(`kind.${payout.kind}`)} ·{" "}
            {new Date(payout.paid_on).toLocaleDateString(i18n.language)}
          </p>
          <img
            alt={t("slip.qr")}
            className="h-48 w-48"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(slip.qr_svg)}`}
          />
          <p className="text-center text-xs text-stone-500">
            {t("slip.scan", {
              until: new Date(slip.expires_at).toLocaleDateString(
                i18n.language
              ),
            })}
          </p>
          <div className="no-print mt-2 flex gap-2">
            <Button onClick={() => window.print()}>{t("slip.print")}</Button>
            <Button variant="secondary" onClick={onClose}>
              {t("slip.close")}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  )
}
