import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function BatchesPage() {
  return <PageHeader title="batches" />
}
