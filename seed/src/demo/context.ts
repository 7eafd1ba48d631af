import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type Container = ExecArgs["container"]

export type DemoContext = {
  container: Container
  logger: Logger
  password: string
  // The reviewer whose jurisdiction (Sichuan) covers every demo county.
  provinceReviewerId: string
}

export function loggerOf(container: Container): Logger {
  return container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
}

// One progress line per phase, e.g. "households 120/300".
export function progress(
  logger: Logger,
  phase: string,
  done: number,
  total: number
) {
  if (done === total || done % Math.max(1, Math.round(total / 5)) === 0) {
    logger.info(`demo seed: ${phase} ${done}/${total}`)
  }
}
