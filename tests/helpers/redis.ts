import { spawnSync } from "node:child_process"
import net from "node:net"

// One Redis command over a raw socket (RESP), enough for tests to check
// reachability and peek at keys without adding a client dependency. The
// URL's database number ("/13") is selected first.
export async function redisCommand(
  url: string,
  args: string[],
  timeoutMs = 2000
): Promise<string> {
  const { hostname, port, pathname } = new URL(url)
  const db = pathname.replace("/", "")
  const encode = (parts: string[]) =>
    `*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join("")}`
  const payload = (db ? encode(["SELECT", db]) : "") + encode(args)
  const selectReply = db ? "+OK\r\n" : ""
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    let reply = ""
    let idle: NodeJS.Timeout | undefined
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer from Redis at ${hostname}:${port}`))
    }, timeoutMs)
    socket.on("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on("data", (chunk) => {
      reply += chunk.toString("utf8")
      clearTimeout(idle)
      // A reply is complete when it ends a line and no more data follows.
      if (reply.length > selectReply.length && reply.endsWith("\r\n")) {
        idle = setTimeout(() => {
          clearTimeout(timer)
          socket.end()
          resolve(reply.slice(selectReply.length))
        }, 30)
      }
    })
    socket.write(payload)
  })
}

export async function redisReachable(url: string): Promise<boolean> {
  try {
    return (await redisCommand(url, ["PING"])).startsWith("+PONG")
  } catch {
    return false
  }
}

// Jest decides between it and it.skip while collecting tests, before any
// async hook runs, so the probe has to be synchronous: a child process.
export function redisReachableSync(url: string): boolean {
  const probe = `
    const net = require("node:net")
    const { hostname, port } = new URL(process.argv[1])
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const fail = () => process.exit(1)
    socket.setTimeout(1000, fail)
    socket.on("error", fail)
    socket.on("data", (d) => process.exit(String(d).startsWith("+PONG") ? 0 : 1))
    socket.write("PING\\r\\n")
  `
  return (
    spawnSync(process.execPath, ["-e", probe, url], { timeout: 3000 })
      .status === 0
  )
}
