import { useTranslation } from "react-i18next"
import { StatusBadge } from "@/components/status-badge"
import { useVendorMe } from "@/features/auth/api/get-me"
import { useOrdersToShip } from "@/features/orders/api/get-orders"
import { ConsoleLayout } from "./console-layout"

const STATUS_TONE = {
  pending: "amber",
  approved: "green",
  suspended: "red",
} as const

export function CooperativeLayout() {
  const { t } = useTranslation()
  const me = useVendorMe()
  const cooperative = me.data?.cooperative
  const toShip = useOrdersToShip(!!cooperative).data ?? 0
  const nav = [
    { to: "/coop", label: t("nav.coop.dashboard"), end: true },
    { to: "/coop/products", label: t("nav.coop.products") },
    { to: "/coop/batches", label: t("nav.coop.batches") },
    { to: "/coop/households", label: t("nav.coop.households") },
    {
      to: "/coop/orders",
      label: t("nav.coop.orders"),
      badge: {
        count: toShip,
        label: t("nav.coop.ordersToShip", { count: toShip }),
      },
    },
    { to: "/coop/linkage", label: t("nav.coop.linkage") },
    { to: "/coop/team", label: t("nav.coop.team") },
  ]
  return (
    <ConsoleLayout
      title={t("layout.cooperativeConsole")}
      nav={nav}
      identity={
        cooperative ? (
          <span className="flex items-center gap-2">
            <span className="font-medium">{cooperative.name}</span>
            <StatusBadge tone={STATUS_TONE[cooperative.status]}>
              {t(`cooperativeStatus.${cooperative.status}`)}
            </StatusBadge>
            <span className="hidden text-stone-500 sm:inline">
              {me.data?.user.email}
            </span>
          </span>
        ) : null
      }
      banner={
        cooperative && cooperative.status !== "approved" ? (
          <div
            role="status"
            className={`no-print px-4 py-2 text-sm ${cooperative.status === "pending" ? "bg-amber-50 text-amber-900" : "bg-red-50 text-red-900"}`}
          >
            {t(`layout.cooperativeBanner.${cooperative.status}`)}
            {cooperative.status_reason && ` ${cooperative.status_reason}`}
          </div>
        ) : null
      }
    />
  )
}
