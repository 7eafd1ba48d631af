// The impact answers (declared once in @tianfu/domain, which the backend
// types them with); fen throughout, from the attribution ledger.
export type { OrderImpact, PlatformImpact } from "@tianfu/domain"
