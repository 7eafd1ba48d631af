import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useBureauCooperatives } from "../api/get-cooperatives"
import { useBureauHouseholds } from "../api/get-households"

function PendingLink({
  to,
  label,
  count,
  loading,
}: {
  to: string
  label: string
  count: number | undefined
  loading: boolean
}) {
  return (
    <Link
      to={to}
      className="flex items-center justify-between rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-emerald-600"
    >
      <span className="text-sm text-stone-600">{label}</span>
      <span
        className={`text-2xl font-semibold tabular-nums ${count ? "text-amber-700" : "text-stone-900"}`}
      >
        {loading ? "…" : (count ?? "—")}
      </span>
    </Link>
  )
}

// How much is waiting in the approvals queue, each linking to its tab.
export function PendingCounts() {
  const { t } = useTranslation("approvals")
  const cooperatives = useBureauCooperatives({ status: "pending", limit: 1 })
  const households = useBureauHouseholds({ verification: "pending", limit: 1 })
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <PendingLink
        to="/bureau/approvals"
        label={t("pending.cooperatives")}
        count={cooperatives.data?.count}
        loading={cooperatives.isPending}
      />
      <PendingLink
        to="/bureau/approvals?tab=households"
        label={t("pending.households")}
        count={households.data?.count}
        loading={households.isPending}
      />
    </div>
  )
}
