import { useTranslation } from "react-i18next"
import { useBureauMe } from "@/features/auth/api/get-me"
import { ConsoleLayout } from "./console-layout"

export function BureauLayout() {
  const { t } = useTranslation()
  const me = useBureauMe()
  const reviewer = me.data?.bureau_user
  const nav = [
    { to: "/bureau", label: t("nav.bureau.dashboard"), end: true },
    { to: "/bureau/approvals", label: t("nav.bureau.approvals") },
    { to: "/bureau/registry", label: t("nav.bureau.registry") },
    { to: "/bureau/coverage", label: t("nav.bureau.coverage") },
    { to: "/bureau/attribution", label: t("nav.bureau.attribution") },
    { to: "/bureau/poverty-line", label: t("nav.bureau.povertyLine") },
    { to: "/bureau/omitted", label: t("nav.bureau.omitted") },
    { to: "/bureau/concentration", label: t("nav.bureau.concentration") },
    { to: "/bureau/benefit", label: t("nav.bureau.benefit") },
    { to: "/bureau/disputes", label: t("nav.bureau.disputes") },
    { to: "/bureau/audit-log", label: t("nav.bureau.auditLog") },
    {
      section: t("nav.bureau.oversight.section"),
      items: [
        {
          to: "/bureau/oversight/flags",
          label: t("nav.bureau.oversight.flags"),
        },
        {
          to: "/bureau/oversight/cases",
          label: t("nav.bureau.oversight.cases"),
        },
        { to: "/bureau/oversight/aid", label: t("nav.bureau.oversight.aid") },
        {
          to: "/bureau/oversight/summary",
          label: t("nav.bureau.oversight.summary"),
        },
        {
          to: "/bureau/oversight/settings",
          label: t("nav.bureau.oversight.settings"),
        },
      ],
    },
  ]
  return (
    <ConsoleLayout
      title={t("layout.bureauConsole")}
      nav={nav}
      identity={
        reviewer ? (
          <span className="flex items-center gap-2">
            <span className="font-medium">{reviewer.name}</span>
            <span className="text-stone-500">
              {t("layout.jurisdiction", { code: reviewer.jurisdiction_code })}
            </span>
          </span>
        ) : null
      }
    />
  )
}
