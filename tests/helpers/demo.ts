import type { MedusaContainer } from "@medusajs/framework/types"
import { type BaseStore, seedBaseStore } from "../../seed/src/base-store"
import { seedDemo } from "../../seed/src/demo/seed-demo"
import { TEST_PASSWORD } from "./actors"

// The base store and the Sichuan demo, as `npm run seed` makes them, with 3
// households per cooperative to keep a file fast (the code is the demo's).
export async function seedDemoMarketplace(
  container: MedusaContainer,
  { orders }: { orders: number }
): Promise<BaseStore> {
  const base = await seedBaseStore(container)
  await seedDemo(container, {
    password: TEST_PASSWORD,
    households: 42,
    now: Date.parse("2026-11-01"),
    store: base,
    orders,
  })
  return base
}
