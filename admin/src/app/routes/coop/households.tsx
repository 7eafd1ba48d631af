import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { AssignmentProposals } from "@/features/households/components/assignment-proposals"
import { HouseholdList } from "@/features/households/components/household-list"

export default function HouseholdsPage() {
  const { t } = useTranslation("households")
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            <ButtonLink to="/coop/households/new?mode=link" variant="secondary">
              {t("actions.link")}
            </ButtonLink>
            <ButtonLink to="/coop/households/new">
              {t("actions.register")}
            </ButtonLink>
          </>
        }
      />
      <AssignmentProposals />
      <HouseholdList />
    </>
  )
}
