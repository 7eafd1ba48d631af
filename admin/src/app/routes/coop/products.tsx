import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function ProductsPage() {
  return <PageHeader title="products" />
}
