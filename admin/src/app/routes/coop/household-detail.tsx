import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function HouseholdDetailPage() {
  return <PageHeader title="household-detail" />
}
