import { useTranslation } from "react-i18next"
import { PageHeader, Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useVendorMe } from "@/features/auth/api/get-me"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { Certifications } from "@/features/team/components/certifications"
import { InviteForm } from "@/features/team/components/invite-form"
import { ProfileFacts } from "@/features/team/components/profile-facts"
import { ProfileForm } from "@/features/team/components/profile-form"
import { StaffList } from "@/features/team/components/staff-list"

export default function TeamPage() {
  const { t } = useTranslation("team")
  const me = useVendorMe()
  const countyLabel = useCountyLabel()

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryState query={me}>
        {({ user, cooperative }) => {
          return (
            <div className="grid gap-6 lg:grid-cols-2">
              <Panel title={t("profile.registry")}>
                <ProfileFacts
                  cooperative={cooperative}
                  countyLabel={countyLabel(cooperative.county_code, {
                    withCode: true,
                  })}
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
