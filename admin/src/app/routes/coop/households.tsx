import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function HouseholdsPage() {
  return <PageHeader title="households" />
}
