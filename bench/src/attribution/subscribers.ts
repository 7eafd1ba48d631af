import fs from "node:fs"
import path from "node:path"
import type { SubscriberConfig } from "@medusajs/framework"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { dynamicImport, kebabCase, Modules } from "@medusajs/framework/utils"
import type { Container } from "./context"

const SUBSCRIBERS_DIR = path.join(
  __dirname,
  "..",
  "..",
  "..",
  "backend",
  "src",
  "subscribers"
)

type SubscriberModule = {
  default?: { name?: string }
  config?: SubscriberConfig
}

export type DetachedSubscriber = { id: string; events: string[] }

// `medusa exec` loads the project's subscribers and the local event bus runs
// them in the background of the same process. During the A/B timings they
// would allocate and attribute the stock side's orders (charging it with the
// feature's work, and overlapping whatever is timed next), so every project
// subscriber is taken off the bus; the enabled side runs the same workflows
// synchronously instead. Ids follow Medusa's SubscriberLoader: the config's
// subscriberId, else the handler's name, else the file name, in kebab case.
export async function detachProjectSubscribers(
  container: Container
): Promise<DetachedSubscriber[]> {
  const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
  const files = fs
    .readdirSync(SUBSCRIBERS_DIR)
    .filter((f) => /\.[cm]?[jt]s$/.test(f) && !f.endsWith(".d.ts"))
  const detached: DetachedSubscriber[] = []
  for (const file of files) {
    // Medusa's own loader: it resolves TypeScript sources under medusa exec.
    const loaded: SubscriberModule = await dynamicImport(
      path.join(SUBSCRIBERS_DIR, file)
    )
    const event = loaded.config?.event
    if (!loaded.default || !event) continue
    const events = Array.isArray(event) ? event : [event]
    const handlerName = loaded.default.name
    const id =
      loaded.config?.context?.subscriberId ??
      (handlerName && !handlerName.startsWith("_default")
        ? kebabCase(handlerName)
        : kebabCase(path.parse(file).name))
    for (const name of events) {
      eventBus.unsubscribe(name, async () => {}, { subscriberId: id })
    }
    detached.push({ id, events })
  }
  return detached
}
