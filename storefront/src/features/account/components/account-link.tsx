import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useCustomer } from "../api/use-customer"

export function AccountLink() {
  const { t } = useTranslation()
  const { data: customer } = useCustomer()
  return (
    <Link
      to="/account"
      className="shrink-0 rounded px-2 py-1 text-sm hover:bg-brand-50"
    >
      {customer ? t("account.mine") : t("account.login")}
    </Link>
  )
}
