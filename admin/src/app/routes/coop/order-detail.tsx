import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function OrderDetailPage() {
  return <PageHeader title="order-detail" />
}
