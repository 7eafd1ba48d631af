import {
  buildInfrastructureModules,
  describeInfrastructure,
  redactUrl,
} from "../infrastructure"

describe("describeInfrastructure", () => {
  it("uses Medusa's in-memory modules when REDIS_URL is unset", () => {
    const infrastructure = describeInfrastructure({})
    expect(infrastructure.redisUrl).toBeUndefined()
    expect(buildInfrastructureModules(infrastructure)).toEqual([])
    expect(infrastructure.featureFlags).toEqual({})
    expect(infrastructure.workerMode).toBe("shared")
  })

  it("switches event bus, workflow engine, locking and caching to Redis", () => {
    const infrastructure = describeInfrastructure({
      REDIS_URL: "redis://:secret@cache:6379",
    })
    const modules = buildInfrastructureModules(infrastructure)
    expect(modules.map((m) => m.resolve)).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/locking",
      "@medusajs/medusa/caching",
    ])
    // The workflow engine nests its connection one level deeper than the others.
    expect(modules[1].options).toEqual({
      redis: { redisUrl: "redis://:secret@cache:6379" },
    })
    expect(infrastructure.featureFlags).toEqual({ caching: true })
    expect(infrastructure.summary.join(" ")).not.toContain("secret")
  })

  it("accepts the three worker modes and ignores anything else", () => {
    expect(
      describeInfrastructure({ MEDUSA_WORKER_MODE: "worker" }).workerMode
    ).toBe("worker")
    expect(
      describeInfrastructure({ MEDUSA_WORKER_MODE: "server" }).workerMode
    ).toBe("server")
    expect(
      describeInfrastructure({ MEDUSA_WORKER_MODE: "both" }).workerMode
    ).toBe("shared")
  })
})

describe("redactUrl", () => {
  it("keeps host and port, drops credentials", () => {
    expect(redactUrl("redis://user:pw@10.0.0.5:6380/2")).toBe(
      "redis://10.0.0.5:6380"
    )
    expect(redactUrl("not a url")).toBe("(unparseable url)")
  })
})
