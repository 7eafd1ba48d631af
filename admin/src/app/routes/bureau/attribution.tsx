import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function AttributionPage() {
  return <PageHeader title="attribution" />
}
