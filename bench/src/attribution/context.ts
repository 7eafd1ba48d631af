import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type Container = ExecArgs["container"]

// The base store the seed made (from `prepareDatabase`, via the runner).
export type BaseStore = {
  regionId: string
  salesChannelId: string
}

export function loggerOf(container: Container): Logger {
  return container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
}

export const log = (container: Container, message: string) =>
  loggerOf(container).info(`bench: ${message}`)
