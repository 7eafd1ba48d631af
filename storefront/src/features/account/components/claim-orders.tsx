import { useTranslation } from "react-i18next"
import { errorMessage } from "@/lib/api-error"
import { useClaimGuestOrders, useClaimOrder } from "../api/use-order-claims"

const BUTTON =
  "rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"

// On the account page: orders placed before the account existed, under
// the same e-mail address, are added through a link sent to that address.
export function ClaimGuestOrders() {
  const { t } = useTranslation()
  const claim = useClaimGuestOrders()
  return (
    <section className="rounded-lg bg-white p-4 text-sm ring-1 ring-stone-200">
      <h2 className="font-semibold">{t("claim.findTitle")}</h2>
      <p className="mt-1 text-stone-600">{t("claim.findHint")}</p>
      {claim.data ? (
        <p role="status" className="mt-2 text-brand-800">
          {t("claim.findSent", { email: claim.data.claim.sent_to ?? "" })}
        </p>
      ) : (
        <button
          type="button"
          className={`${BUTTON} mt-2`}
          disabled={claim.isPending}
          onClick={() => claim.mutate()}
        >
          {t("claim.findButton")}
        </button>
      )}
      {claim.error && (
        <p role="alert" className="mt-2 text-red-700">
          {errorMessage(claim.error, t)}
        </p>
      )}
    </section>
  )
}

// On a guest order's confirmation page, for a shopper who has signed in
// since: add this order to the account.
export function ClaimThisOrder({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  const claim = useClaimOrder(orderId)
  return (
    <section
      className="rounded-lg bg-white p-4 text-sm ring-1 ring-stone-200"
      data-testid="claim-order"
    >
      {claim.data ? (
        <p role="status" className="text-brand-800">
          {t("claim.orderSent", { email: claim.data.transfer.sent_to })}
        </p>
      ) : (
        <>
          <p className="text-stone-600">{t("claim.orderHint")}</p>
          <button
            type="button"
            className={`${BUTTON} mt-2`}
            disabled={claim.isPending}
            onClick={() => claim.mutate()}
          >
            {t("claim.orderButton")}
          </button>
        </>
      )}
      {claim.error && (
        <p role="alert" className="mt-2 text-red-700">
          {errorMessage(claim.error, t)}
        </p>
      )}
    </section>
  )
}
