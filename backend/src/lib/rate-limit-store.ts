import type { Store } from "express-rate-limit"
import Redis from "ioredis"
import { type RedisReply, RedisStore } from "rate-limit-redis"

// Rate-limit counters shared by every server process when Redis is
// configured (several instances behind a load balancer then allow the
// limit in total, not per instance); undefined means express-rate-limit's
// in-memory store, per process.
export function sharedRateLimitStore(
  redisUrl: string | undefined,
  prefix: string
): Store | undefined {
  if (!redisUrl) {
    return undefined
  }
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
  return new RedisStore({
    prefix,
    sendCommand: (command: string, ...args: string[]) =>
      client.call(command, ...args) as Promise<RedisReply>,
  })
}
