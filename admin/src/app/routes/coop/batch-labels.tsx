import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function BatchLabelsPage() {
  return <PageHeader title="batch-labels" />
}
