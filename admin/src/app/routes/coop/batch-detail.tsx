import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function BatchDetailPage() {
  return <PageHeader title="batch-detail" />
}
