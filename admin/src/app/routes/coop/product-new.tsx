import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function ProductNewPage() {
  return <PageHeader title="product-new" />
}
