import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function OrdersPage() {
  return <PageHeader title="orders" />
}
