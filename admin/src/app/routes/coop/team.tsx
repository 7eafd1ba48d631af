import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function TeamPage() {
  return <PageHeader title="team" />
}
