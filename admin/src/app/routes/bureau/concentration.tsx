import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function ConcentrationPage() {
  return <PageHeader title="concentration" />
}
