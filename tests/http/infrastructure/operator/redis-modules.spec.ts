import { Modules } from "@medusajs/framework/utils"
import { seedBaseStore } from "../../../../seed/src/base-store"
import { describeHttp } from "../../../helpers/medusa-app"
import { redisCommand, redisReachableSync } from "../../../helpers/redis"

jest.setTimeout(180 * 1000)

// With REDIS_URL set the backend must run on Medusa's Redis modules. The URL
// is the test's own (TEST_REDIS_URL, else database 13 of the local server,
// emptied first so no earlier run's keys can make an assertion pass); when
// no Redis answers the file is skipped with a printed reason, and the
// in-memory default is what every other HTTP test file runs on.
const redisUrl = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379/13"
const previous = process.env.REDIS_URL
const reachable = redisReachableSync(redisUrl)

if (!reachable) {
  process.stdout.write(
    `SKIPPED Redis infrastructure modules: no Redis answers at ${redisUrl}\n`
  )
}

// medusa-config.ts is read in the runner's beforeAll, after this line.
if (reachable) process.env.REDIS_URL = redisUrl

beforeAll(async () => {
  if (reachable) await redisCommand(redisUrl, ["FLUSHDB"])
})

afterAll(() => {
  if (previous === undefined) delete process.env.REDIS_URL
  else process.env.REDIS_URL = previous
})

const describeWithRedis = reachable ? describeHttp : describeSkipped

function describeSkipped(
  name: string,
  suite: Parameters<typeof describeHttp>[1]
): void {
  describe.skip(`${name} (no Redis at ${redisUrl})`, () =>
    suite({
      request: () => {
        throw new Error("skipped")
      },
      baseUrl: () => {
        throw new Error("skipped")
      },
      getContainer: () => {
        throw new Error("skipped")
      },
    }))
}

describeWithRedis(
  "Redis infrastructure modules",
  ({ request, getContainer }) => {
    it("holds locks in Redis", async () => {
      const locking = getContainer().resolve(Modules.LOCKING)
      const key = `tianfu-test-${Date.now()}`
      await locking.acquire(key, { expire: 30 })
      try {
        expect(
          await redisCommand(redisUrl, ["EXISTS", `medusa_lock:${key}`])
        ).toBe(":1\r\n")
      } finally {
        await locking.release(key)
      }
      expect(
        await redisCommand(redisUrl, ["EXISTS", `medusa_lock:${key}`])
      ).toBe(":0\r\n")
    })

    it("counts webhook deliveries for the rate limit in Redis, shared by every server process", async () => {
      const response = await request()
        .post("/hooks/payment/stripe_stripe")
        .set("content-type", "application/json")
        .send("{}")
      // Stripe is not configured here; the limiter still counted the call.
      expect(response.status).toBe(404)
      expect(response.headers["ratelimit-policy"]).toBe("600;w=60")
      const keys = await redisCommand(redisUrl, [
        "KEYS",
        "tianfu:rate-limit:stripe-webhook:*",
      ])
      expect(keys).toMatch(/^\*1\r\n/)
    })

    it("runs workflows and serves the store through Redis", async () => {
      const base = await seedBaseStore(getContainer())
      const response = await request()
        .get("/store/regions")
        .set("x-publishable-api-key", base.publishableKey)
      expect(response.status).toBe(200)
      expect(response.body.regions[0].currency_code).toBe("cny")
      expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe(
        "RedisEventBusService"
      )
      // The event bus and the workflow engine keep their BullMQ queues in Redis.
      expect(
        await redisCommand(redisUrl, [
          "KEYS",
          "RedisEventBusService:events-queue:*",
        ])
      ).toMatch(/events-queue/)
      expect(
        await redisCommand(redisUrl, ["KEYS", "bull:medusa-workflows:*"])
      ).toMatch(/medusa-workflows/)
    })

    it("caches through Redis", async () => {
      const caching = getContainer().resolve(Modules.CACHING)
      const key = `tianfu-test-${Date.now()}`
      await caching.set({ key, data: { county: "513431" } })
      expect(await caching.get({ key })).toEqual({ county: "513431" })
      expect(await redisCommand(redisUrl, ["KEYS", `*${key}*`])).toContain(key)
    })
  }
)
