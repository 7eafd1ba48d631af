import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function IncomeDeclinePage() {
  return <PageHeader title="income-decline" />
}
