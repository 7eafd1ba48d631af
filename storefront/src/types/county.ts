// A county as the store API shows it (declared once in @tianfu/domain).
export type { CountySummary } from "@tianfu/domain"
