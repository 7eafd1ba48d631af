import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function HouseholdNewPage() {
  return <PageHeader title="household-new" />
}
