import { transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"

// A workflow's input as its constructor sees it.
type OrderInput = { order_id: string }

// One lock per order and purpose ("allocation", "attribution"): concurrent
// deliveries of the same event queue here and each reads what the previous
// one wrote. Released by unlockOrder, or by the acquire step's compensation
// when the workflow fails. The steps are named after the purpose, so a
// workflow that holds another lock (checkout holds the cart's) can compose
// them too.
export function lockOrder(purpose: string, input: OrderInput) {
  acquireLockStep(
    transform({ input }, ({ input }) => ({
      key: `${purpose}:${input.order_id}`,
      timeout: 30,
      ttl: 60,
    }))
  ).config({ name: `acquire-${purpose}-lock` })
}

export function unlockOrder(purpose: string, input: OrderInput) {
  releaseLockStep(
    transform({ input }, ({ input }) => ({
      key: `${purpose}:${input.order_id}`,
    }))
  ).config({ name: `release-${purpose}-lock` })
}
