import { PageHeader } from "../../../components/page-header"

// Placeholder until its feature lands.
export default function AuditLogPage() {
  return <PageHeader title="audit-log" />
}
