import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function PovertyLinePage() {
  return <PageHeader title="poverty-line" />
}
