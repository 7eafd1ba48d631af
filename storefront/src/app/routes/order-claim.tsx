import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { Link, useParams, useSearchParams } from "react-router"
import { Loading } from "@/components/states"
import { useAcceptClaim } from "@/features/account/api/use-order-claims"
import { useCustomer } from "@/features/account/api/use-customer"
import { AuthForms } from "@/features/account/components/auth-forms"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () =>
  pageMeta("关联订单 Add an order to your account")

// The link e-mailed to a guest order's address: signed in, the shopper
// confirms and the order (and its impact receipt) joins the account that
// asked for it.
export default function OrderClaimPage() {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const { data: customer, isPending } = useCustomer()
  const accept = useAcceptClaim(id)
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("claim.title")}</h1>
      {isPending ? (
        <Loading />
      ) : !customer ? (
        <>
          <p className="text-sm text-stone-600">{t("claim.signInFirst")}</p>
          <AuthForms />
        </>
      ) : accept.isSuccess ? (
        <div role="status" className="space-y-2" data-testid="claim-done">
          <p>{t("claim.done")}</p>
          <Link
            to={`/account/orders/${id}`}
            className="text-brand-700 underline"
          >
            {t("claim.viewOrder")}
          </Link>
        </div>
      ) : (
        <div className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-stone-200">
          <p className="text-sm">
            {t("claim.confirmText", { email: customer.email })}
          </p>
          <button
            type="button"
            className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
            disabled={accept.isPending || !token}
            onClick={() => accept.mutate(token)}
          >
            {t("claim.confirm")}
          </button>
          {(accept.error || !token) && (
            <p role="alert" className="text-sm text-red-700">
              {accept.error ? t("claim.invalid") : t("claim.noToken")}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
