export const accountKeys = {
  customer: ["customer"] as const,
  orders: (offset: number) => ["orders", "list", offset] as const,
  order: (id: string) => ["orders", id] as const,
}
