import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function BatchNewPage() {
  return <PageHeader title="batch-new" />
}
