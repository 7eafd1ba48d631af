import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function DashboardPage() {
  return <PageHeader title="dashboard" />
}
