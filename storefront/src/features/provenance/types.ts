// The provenance and trace answers (declared once in @tianfu/domain, which
// the backend's store routes are typed with).
export type {
  BatchSummary,
  Provenance,
  Trace,
  TraceEvent,
} from "@tianfu/domain"
