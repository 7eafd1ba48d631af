import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function ApprovalsPage() {
  return <PageHeader title="approvals" />
}
