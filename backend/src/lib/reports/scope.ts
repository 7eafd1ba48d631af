// Whose money a report may show: a bureau's jurisdiction (a GB/T 2260
// prefix, "" for everything) and, for a cooperative's own dashboard, its id.
export type ReportScope = {
  county_prefix: string
  cooperative_id?: string
}

export const likePrefix = (prefix: string) =>
  `${prefix.replace(/[%_\\]/g, "")}%`
