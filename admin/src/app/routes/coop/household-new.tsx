import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router"
import { PageHeader, Panel } from "@/components/page-header"
import { LoadingState } from "@/components/states"
import { useVendorMe } from "@/features/auth/api/get-me"
import { countyName, useCounties } from "@/features/counties/api/get-counties"
import { HouseholdLinkForm } from "@/features/households/components/household-link-form"
import { HouseholdRegisterForm } from "@/features/households/components/household-register-form"

// Register a new household, or (?mode=link) add one another cooperative
// registered; one form at a time so each label is unique on the page.
export default function HouseholdNewPage() {
  const { t, i18n } = useTranslation("households")
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const linking = params.get("mode") === "link"
  const counties = useCounties()
  const me = useVendorMe()
  const done = () => navigate("/coop/households")
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-emerald-700 text-white" : "text-stone-700 hover:bg-stone-200"}`

  return (
    <>
      <PageHeader
        title={linking ? t("link.title") : t("form.title")}
        description={linking ? t("link.description") : t("form.description")}
        crumbs={[
          { label: t("list.title"), to: "/coop/households" },
          { label: linking ? t("actions.link") : t("actions.register") },
        ]}
      />
      <nav aria-label={t("form.modes")} className="mb-4 flex gap-2">
        <Link to="/coop/households/new" className={tab(!linking)}>
          {t("actions.register")}
        </Link>
        <Link to="/coop/households/new?mode=link" className={tab(linking)}>
          {t("actions.link")}
        </Link>
      </nav>
      <Panel>
        {linking ? (
          <HouseholdLinkForm />
        ) : counties.isPending || me.isPending ? (
          // The county select gets its default only once its options exist.
          <LoadingState />
        ) : (
          <HouseholdRegisterForm
            // Only the counties the cooperative operates in: its own and
            // any a reviewer granted (the server refuses the others).
            counties={(counties.data ?? [])
              .filter((county) =>
                (
                  me.data?.cooperative.operating_counties ?? [
                    me.data?.cooperative.county_code,
                  ]
                ).includes(county.code)
              )
              .map((county) => ({
                value: county.code,
                label: `${countyName(county, i18n.language)} (${county.code})`,
              }))}
            countiesLoading={counties.isPending}
            defaultCounty={me.data?.cooperative.county_code}
            onCreated={done}
          />
        )}
      </Panel>
    </>
  )
}
