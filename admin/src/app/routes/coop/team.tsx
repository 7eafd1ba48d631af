import { useTranslation } from "react-i18next"
import { PageHeader, Panel } from "../../../components/page-header"
import { QueryState } from "../../../components/states"
import { useVendorMe } from "../../../features/auth/api/get-me"
import {
  countyName,
  useCounties,
} from "../../../features/counties/api/get-counties"
import { Certifications } from "../../../features/team/components/certifications"
import { InviteForm } from "../../../features/team/components/invite-form"
import { ProfileFacts } from "../../../features/team/components/profile-facts"
import { ProfileForm } from "../../../features/team/components/profile-form"
import { StaffList } from "../../../features/team/components/staff-list"

export default function TeamPage() {
  const { t, i18n } = useTranslation("team")
  const me = useVendorMe()
  const counties = useCounties()

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryState query={me}>
        {({ user, cooperative }) => {
          const county = counties.data?.find(
            (c) => c.code === cooperative.county_code
          )
          return (
            <div className="grid gap-6 lg:grid-cols-2">
              <Panel title={t("profile.registry")}>
                <ProfileFacts
                  cooperative={cooperative}
                  countyLabel={
                    county
                      ? `${countyName(county, i18n.language)} (${cooperative.county_code})`
                      : cooperative.county_code
                  }
                />
              </Panel>
              <Panel title={t("profile.title")}>
                <ProfileForm cooperative={cooperative} />
              </Panel>
              <Panel
                title={t("certifications.title")}
                className="lg:col-span-2"
              >
                <Certifications
                  certifications={cooperative.certifications ?? []}
                />
              </Panel>
              <Panel title={t("staff.title")}>
                <StaffList />
              </Panel>
              <Panel title={t("invite.title")}>
                <InviteForm canInvite={user.role === "owner"} />
              </Panel>
            </div>
          )
        }}
      </QueryState>
    </>
  )
}
