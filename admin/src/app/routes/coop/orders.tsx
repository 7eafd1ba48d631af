import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { OrderList } from "@/features/orders/components/order-list"

export default function OrdersPage() {
  const { t } = useTranslation("orders")
  return (
    <>
      <PageHeader title={t("list.title")} description={t("list.description")} />
      <OrderList />
    </>
  )
}
