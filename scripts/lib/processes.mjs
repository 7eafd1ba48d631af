import { spawn, spawnSync } from "node:child_process"
import net from "node:net"
import readline from "node:readline"

const children = new Set()
// Commands still running under runAsync.
const tasks = new Set()

// Runs a command to completion with its output shown, failing loudly.
export function run(command, args, { cwd, env, label } = {}) {
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" })
  if (result.status !== 0) {
    throw new Error(
      `${label ?? command} failed with exit code ${result.status ?? result.signal}`
    )
  }
}

// The same, without blocking this process: `npm start` runs the builds while
// the database is migrated and seeded. The child stays in this process
// group, so Ctrl-C reaches it as before; stopping everything ends it too.
export function runAsync(command, args, { cwd, env, label } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" })
    tasks.add(child)
    child.on("error", (error) => {
      tasks.delete(child)
      reject(error)
    })
    child.on("exit", (code, signal) => {
      tasks.delete(child)
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `${label ?? command} failed with exit code ${code ?? signal}`
          )
        )
    })
  })
}

// Starts a long-running service whose output is prefixed with its name.
export function startService(name, command, args, { cwd, env }) {
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  children.add(child)
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      process.stdout.write(`${name.padEnd(10)}| ${line}\n`)
    })
  }
  child.on("exit", () => children.delete(child))
  return child
}

export function runningChildren() {
  return [...children]
}

// Stops every service started here: SIGTERM to each process group, then
// SIGKILL for whatever is still alive after the grace period.
export async function stopServices(graceMs = 8000) {
  for (const task of tasks) task.kill("SIGTERM")
  const alive = [...children]
  for (const child of alive) {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + graceMs
  while (children.size && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
}

export async function waitForHttp(url, { timeoutMs = 120000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(
        `process exited with code ${child.exitCode} before ${url} answered`
      )
    }
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

// A TCP port nothing listens on right now (the OS picks it).
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
