import { fullName } from "@tianfu/domain"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { useNavigate, useSearchParams } from "react-router"
import { ErrorState, Loading } from "@/components/states"
import { useLogout } from "@/features/account/api/use-auth"
import { useCustomer } from "@/features/account/api/use-customer"
import { AddressBook } from "@/features/account/components/address-book"
import { AuthForms } from "@/features/account/components/auth-forms"
import { ClaimGuestOrders } from "@/features/account/components/claim-orders"
import { OrdersList } from "@/features/account/components/orders-list"
import { errorMessage } from "@/lib/api-error"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("我的账户 Account")

export default function AccountPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { data: customer, isPending, error, refetch } = useCustomer()
  const logout = useLogout()
  const next = params.get("next")
  useEffect(() => {
    // Back to where the shopper was (checkout), only to our own pages.
    if (customer && next?.startsWith("/") && !next.startsWith("//"))
      navigate(next)
  }, [customer, next, navigate])
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("account.title")}</h1>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorState
          message={errorMessage(error, t)}
          onRetry={() => refetch()}
        />
      ) : !customer ? (
        <AuthForms />
      ) : (
        <>
          <div className="flex items-center justify-between">
            <p data-testid="signed-in">
              {t("account.hello", {
                name:
                  fullName(customer.first_name, customer.last_name) ??
                  customer.email,
              })}
            </p>
            <button
              type="button"
              className="text-sm underline"
              onClick={() => logout.mutate()}
            >
              {t("account.logout")}
            </button>
          </div>
          <h2 className="text-lg font-semibold">{t("account.orders")}</h2>
          <OrdersList />
          <ClaimGuestOrders />
          <AddressBook addresses={customer.addresses ?? []} />
        </>
      )}
    </div>
  )
}
