import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function CooperativeDetailPage() {
  return <PageHeader title="cooperative-detail" />
}
