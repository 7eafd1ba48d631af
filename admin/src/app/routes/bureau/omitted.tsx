import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function OmittedPage() {
  return <PageHeader title="omitted" />
}
