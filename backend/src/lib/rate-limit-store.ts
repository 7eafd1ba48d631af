import { type Options, rateLimit, type Store } from "express-rate-limit"
import Redis from "ioredis"
import { type RedisReply, RedisStore } from "rate-limit-redis"
import { describeInfrastructure } from "./infrastructure"

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

// One rate limiter as every limited route here uses it: standard
// RateLimit headers and Retry-After, counters in Redis when REDIS_URL is
// set (under `tianfu:rate-limit:<name>:`), and a 429 whose message says
// what was limited.
export function sharedRateLimit(options: {
  name: string
  windowMs: number
  limit: number
  message: string
  // Whether a Redis failure lets requests through (true) or refuses them.
  passOnStoreError: boolean
  skipSuccessfulRequests?: boolean
  keyGenerator?: Options["keyGenerator"]
}) {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: options.skipSuccessfulRequests ?? false,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    identifier: options.name,
    store: sharedRateLimitStore(
      describeInfrastructure(process.env).redisUrl,
      `tianfu:rate-limit:${options.name}:`
    ),
    passOnStoreError: options.passOnStoreError,
    ...(options.keyGenerator ? { keyGenerator: options.keyGenerator } : {}),
    handler: (_req, res) => {
      res
        .status(429)
        .json({ type: "too_many_requests", message: options.message })
    },
  })
}
