import { useTranslation } from "react-i18next"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { formatFen } from "@/lib/money"
import { useOrderImpact } from "../api/use-order-impact"

// Where this order's money went: how much reached how many registered
// households in which counties, what went to suppliers not verified on the
// registry (never counted as households), and what stayed with the
// cooperatives.
// Recorded when the payment is captured, so a new order may show
// "pending" first.
export function ImpactReceipt({
  orderId,
  signedIn,
}: {
  orderId: string
  signedIn: boolean
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { data, isPending, error, refetch } = useOrderImpact(orderId, signedIn)
  return (
    <section
      aria-labelledby="impact-receipt"
      className="rounded-xl border-2 border-brand-600 bg-brand-50 p-4"
      data-testid="impact-receipt"
    >
      <h2 id="impact-receipt" className="text-lg font-semibold text-brand-800">
        {t("receipt.title")}
      </h2>
      {!signedIn ? (
        <p className="mt-2 text-sm">{t("receipt.signIn")}</p>
      ) : isPending ? (
        <Loading />
      ) : error ? (
        <ErrorState
          message={errorMessage(error, t)}
          onRetry={() => refetch()}
        />
      ) : !data.recognized ? (
        <p className="mt-2 text-sm" data-testid="receipt-pending">
          {t("receipt.pending")}
        </p>
      ) : (
        <div className="mt-2 space-y-3">
          <p
            className="text-2xl font-bold text-brand-800"
            data-testid="receipt-to-households"
          >
            {formatFen(data.to_households, lang)}
          </p>
          <p className="text-sm">
            {t("receipt.summary", {
              count: data.households,
              counties: data.counties.length,
            })}
          </p>
          <ul className="space-y-1 text-sm">
            {data.counties.map((c) => (
              <li key={c.county_code} className="flex justify-between">
                <span>
                  {(lang === "en" ? c.name_en : c.name_zh) ?? c.county_code} ·{" "}
                  {t("receipt.households", { count: c.households })}
                </span>
                <span className="tabular-nums">
                  {formatFen(c.amount, lang)}
                </span>
              </li>
            ))}
          </ul>
          {data.batch_payments && (
            <p className="text-sm" data-testid="receipt-batch-payments">
              {t("receipt.batchPayments", {
                count: data.batch_payments.households,
                paid: formatFen(data.batch_payments.paid, lang),
                owed: formatFen(data.batch_payments.owed, lang),
                confirmed: formatFen(data.batch_payments.confirmed, lang),
              })}
            </p>
          )}
          {data.to_unverified_suppliers !== 0 && (
            <p
              className="text-xs text-stone-600"
              data-testid="receipt-unverified"
            >
              {t("receipt.unverified", {
                amount: formatFen(data.to_unverified_suppliers, lang),
              })}
            </p>
          )}
          <p className="text-xs text-stone-600">
            {t("receipt.cooperatives", {
              amount: formatFen(data.to_cooperatives, lang),
              total: formatFen(data.total, lang),
            })}
          </p>
        </div>
      )}
    </section>
  )
}
