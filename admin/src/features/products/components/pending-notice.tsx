import { useTranslation } from "react-i18next"

// Instead of a form the backend would refuse: why the cooperative cannot
// list products yet.
export function PendingNotice({
  status,
}: {
  status: "pending" | "approved" | "suspended"
}) {
  const { t } = useTranslation("products")
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="font-medium">{t(`notApproved.${status}.title`)}</p>
      <p className="mt-1">{t(`notApproved.${status}.body`)}</p>
    </div>
  )
}
