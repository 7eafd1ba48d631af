import type { QueryParams } from "./api-client"

// Every query key the console uses, one factory per resource, so a mutation
// invalidates exactly what it changes.
export const queryKeys = {
  session: {
    all: ["session"] as const,
    me: (actor: string) => ["session", "me", actor] as const,
  },
  counties: { all: ["counties"] as const },
  cooperative: {
    all: ["cooperative"] as const,
  },
  products: {
    all: ["products"] as const,
    list: (params: QueryParams) => ["products", "list", params] as const,
    detail: (id: string) => ["products", "detail", id] as const,
  },
  batches: {
    all: ["batches"] as const,
    list: (params: QueryParams) => ["batches", "list", params] as const,
    detail: (id: string) => ["batches", "detail", id] as const,
    label: (id: string) => ["batches", "label", id] as const,
  },
  households: {
    all: ["households"] as const,
    list: (params: QueryParams) => ["households", "list", params] as const,
    detail: (id: string) => ["households", "detail", id] as const,
  },
  orders: {
    all: ["orders"] as const,
    list: (params: QueryParams) => ["orders", "list", params] as const,
    detail: (id: string) => ["orders", "detail", id] as const,
  },
  team: {
    all: ["team"] as const,
    users: (params: QueryParams) => ["team", "users", params] as const,
    invites: (params: QueryParams) => ["team", "invites", params] as const,
  },
  vendorAttribution: {
    all: ["vendor-attribution"] as const,
    view: (params: QueryParams) => ["vendor-attribution", params] as const,
  },
  bureauCooperatives: {
    all: ["bureau-cooperatives"] as const,
    list: (params: QueryParams) =>
      ["bureau-cooperatives", "list", params] as const,
    detail: (id: string) => ["bureau-cooperatives", "detail", id] as const,
  },
  bureauHouseholds: {
    all: ["bureau-households"] as const,
    list: (params: QueryParams) =>
      ["bureau-households", "list", params] as const,
    detail: (id: string) => ["bureau-households", "detail", id] as const,
  },
  bureauJoinRequests: {
    all: ["bureau-join-requests"] as const,
    list: (params: QueryParams) =>
      ["bureau-join-requests", "list", params] as const,
  },
  linkage: {
    all: ["linkage"] as const,
    agreements: (params: QueryParams) =>
      ["linkage", "agreements", params] as const,
    payouts: (params: QueryParams) => ["linkage", "payouts", params] as const,
    obligations: (params: QueryParams) =>
      ["linkage", "obligations", params] as const,
    statement: (householdId: string, year: string) =>
      ["linkage", "statement", householdId, year] as const,
  },
  registry: {
    all: ["registry"] as const,
    imports: (params: QueryParams) => ["registry", "imports", params] as const,
    import: (id: string) => ["registry", "import", id] as const,
    errors: (id: string, params: QueryParams) =>
      ["registry", "errors", id, params] as const,
    coverage: (params: QueryParams) =>
      ["registry", "coverage", params] as const,
    unbound: (params: QueryParams) => ["registry", "unbound", params] as const,
    missing: (params: QueryParams) => ["registry", "missing", params] as const,
  },
  oversight: {
    all: ["oversight"] as const,
    queue: (kind: string, params: QueryParams) =>
      ["oversight", "queue", kind, params] as const,
    item: (kind: string, id: string) =>
      ["oversight", "item", kind, id] as const,
    runs: (params: QueryParams) => ["oversight", "runs", params] as const,
    run: (id: string) => ["oversight", "run", id] as const,
    imports: (params: QueryParams) => ["oversight", "imports", params] as const,
    import: (id: string) => ["oversight", "import", id] as const,
    errors: (id: string, params: QueryParams) =>
      ["oversight", "errors", id, params] as const,
    streams: (householdId: string) =>
      ["oversight", "streams", householdId] as const,
    householdAid: (householdId: string, params: QueryParams) =>
      ["oversight", "household-aid", householdId, params] as const,
    reviewers: () => ["oversight", "reviewers"] as const,
    settings: () => ["oversight", "settings"] as const,
    summary: (params: QueryParams) => ["oversight", "summary", params] as const,
  },
  payoutDisputes: {
    all: ["payout-disputes"] as const,
    list: (params: QueryParams) => ["payout-disputes", "list", params] as const,
  },
  reports: {
    all: ["reports"] as const,
    report: (name: string, params: QueryParams) =>
      ["reports", name, params] as const,
  },
  auditLog: {
    all: ["audit-log"] as const,
    list: (params: QueryParams) => ["audit-log", params] as const,
    facets: () => ["audit-log", "facets"] as const,
  },
}
