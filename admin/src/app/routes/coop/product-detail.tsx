import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function ProductDetailPage() {
  return <PageHeader title="product-detail" />
}
