// Which infrastructure modules the backend runs with, decided from the
// environment alone so that medusa-config.ts stays declarative and testable.

export type WorkerMode = "shared" | "worker" | "server"

export type Infrastructure = {
  redisUrl?: string
  workerMode: WorkerMode
  featureFlags: Record<string, boolean>
  summary: string[]
}

type ModuleEntry = {
  resolve: string
  options?: Record<string, unknown>
}

const WORKER_MODES: WorkerMode[] = ["shared", "worker", "server"]

export function describeInfrastructure(
  env: Record<string, string | undefined>
): Infrastructure {
  const redisUrl = env.REDIS_URL?.trim() || undefined
  const requestedMode = (env.MEDUSA_WORKER_MODE || "shared") as WorkerMode
  const workerMode = WORKER_MODES.includes(requestedMode)
    ? requestedMode
    : "shared"
  const summary = redisUrl
    ? [
        `redis ${redactUrl(redisUrl)}: event bus, workflow engine, locking, caching`,
      ]
    : [
        "redis not configured: in-memory event bus, workflow engine, locking, cache",
      ]
  return {
    redisUrl,
    workerMode,
    // Medusa's Caching Module is behind this flag; it only pays off with a
    // cache shared between processes, so it follows Redis.
    featureFlags: redisUrl ? { caching: true } : {},
    summary,
  }
}

export function buildInfrastructureModules(
  infrastructure: Infrastructure
): ModuleEntry[] {
  const { redisUrl } = infrastructure
  if (!redisUrl) {
    return []
  }
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

// Connection strings may carry a password; logs get host and port only.
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}`
  } catch {
    return "(unparseable url)"
  }
}
