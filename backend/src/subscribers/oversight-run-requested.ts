import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { executeOversightRun } from "../workflows/oversight/utils/run-oversight"

export const OVERSIGHT_RUN_REQUESTED = "oversight.run_requested"

// A reviewer's run of the oversight rules, opened by the API and carried
// out here: on the worker when the API and background work are split
// (MEDUSA_WORKER_MODE), so polls and other requests do not wait on it.
export default async function oversightRunRequestedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string; counties: string[] }>) {
  await executeOversightRun(container, event.data.id, event.data.counties)
}

export const config: SubscriberConfig = { event: OVERSIGHT_RUN_REQUESTED }
