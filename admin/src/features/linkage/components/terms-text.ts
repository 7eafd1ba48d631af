import { useTranslation } from "react-i18next"
import { formatFen } from "@/lib/money"
import type { Agreement } from "../api/linkage"

// An agreement's terms in a line ("floor ¥8.00/kg", "¥120.00 a day", …).
export function useTermsText() {
  const { t } = useTranslation("linkage")
  return (a: Agreement) => {
    switch (a.kind) {
      case "purchase":
        return t("terms.purchase", {
          price: formatFen(a.floor_price ?? 0),
          unit: a.unit ?? "",
        })
      case "wage":
        return t("terms.wage", { price: formatFen(a.daily_wage ?? 0) })
      case "dividend":
        return a.surplus_share_bp
          ? t("terms.dividendShare", { percent: a.surplus_share_bp / 100 })
          : t("terms.dividendPerShare", {
              price: formatFen(a.per_share_amount ?? 0),
              shares: a.shares ?? 0,
            })
      default:
        return t("terms.landRent", {
          price: formatFen(a.rent_per_mu ?? 0),
          mu: (a.area_centi_mu ?? 0) / 100,
        })
    }
  }
}
