import fs from "node:fs"
import path from "node:path"
import {
  BACKEND_DIR,
  BUILT_BACKEND_DIR,
  CONSOLE_DIR,
  MEDUSA_BIN,
  ROOT,
  STATE_DIR,
  STOREFRONT_DIR,
  VITE_BIN,
  workspaceBin,
} from "./context.mjs"
import { fingerprint, readJson, writeJson } from "./fingerprint.mjs"
import { info, step } from "./log.mjs"
import { runAsync } from "./processes.mjs"

const BUILDS_FILE = path.join(STATE_DIR, "builds.json")

// Builds a workspace only when its inputs changed since the last build.
export async function buildIfChanged(
  name,
  { inputs, extra = "", output, command, args, cwd, env }
) {
  const builds = readJson(BUILDS_FILE, {})
  const hash = `${fingerprint(ROOT, inputs)}:${extra}`
  if (builds[name] === hash && fs.existsSync(output)) {
    info(`${name}: build up to date`)
    return
  }
  await step(`building ${name}`, () =>
    runAsync(command, args, { cwd, env, label: `${name} build` })
  )
  writeJson(BUILDS_FILE, { ...readJson(BUILDS_FILE, {}), [name]: hash })
}

// Medusa serves /static from the built server's folder, while the seed and
// `medusa develop` write uploads to backend/static: one folder for both.
function linkUploads() {
  const uploads = path.join(BACKEND_DIR, "static")
  const served = path.join(BUILT_BACKEND_DIR, "static")
  fs.mkdirSync(uploads, { recursive: true })
  if (!fs.existsSync(served))
    fs.symlinkSync(path.relative(BUILT_BACKEND_DIR, uploads), served)
}

// The production build of the backend (`medusa build`), served from
// backend/.medusa/server by `npm start` and the benchmarks.
export async function buildBackend(env) {
  await buildIfChanged("backend", {
    inputs: [
      "package-lock.json",
      "backend/medusa-config.ts",
      "backend/src",
      "backend/tsconfig.json",
    ],
    output: path.join(BUILT_BACKEND_DIR, "medusa-config.js"),
    command: MEDUSA_BIN,
    args: ["build"],
    cwd: BACKEND_DIR,
    env,
  })
  linkUploads()
}

// Medusa's dashboard (/app) with our extensions (backend/src/admin) alone,
// into backend/.medusa/admin: what the browser suite for /app serves in
// front of the app under test (Medusa's test runner disables /app).
// `npm start` builds it as part of `medusa build`.
export const DASHBOARD_DIR = path.join(BACKEND_DIR, ".medusa", "admin")
export async function buildDashboard(env) {
  await buildIfChanged("dashboard", {
    inputs: [
      "package-lock.json",
      "backend/medusa-config.ts",
      "backend/src/admin",
    ],
    output: path.join(DASHBOARD_DIR, "index.html"),
    command: MEDUSA_BIN,
    args: ["build", "--admin-only"],
    cwd: BACKEND_DIR,
    env,
  })
}

// The storefront's production build (server + client). The backend URL and
// publishable key are read at request time, so they are not build inputs.
export async function buildStorefront(env) {
  await buildIfChanged("storefront", {
    inputs: ["package-lock.json", "storefront"],
    output: path.join(STOREFRONT_DIR, "build", "server", "index.js"),
    command: workspaceBin(STOREFRONT_DIR, "react-router"),
    args: ["build"],
    cwd: STOREFRONT_DIR,
    env,
  })
}

// The environment the storefront server reads (see storefront/README.md).
export function storefrontEnv(env, { backendUrl, publishableKey, port }) {
  return {
    ...env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
  }
}

// The console's static bundle. Where the backend lives is read when it is
// served (its /config.js, see admin/vite.config.ts), so one build serves
// every deployment and the tests.
export async function buildConsole(env) {
  await buildIfChanged("admin", {
    // The console shares the backend's pure domain rules (check digits,
    // masking, the share split).
    inputs: ["package-lock.json", "admin", "backend/src/lib/provenance"],
    output: path.join(CONSOLE_DIR, "dist", "index.html"),
    command: VITE_BIN,
    args: ["build", "--logLevel", "warn"],
    cwd: CONSOLE_DIR,
    env,
  })
}

// `vite preview` serving the console: its arguments and the environment its
// /config.js is written from.
export function consoleServer(
  env,
  { backendUrl, publishableKey, storefrontUrl, port }
) {
  return {
    command: VITE_BIN,
    args: [
      "preview",
      "--port",
      String(port),
      "--strictPort",
      "--host",
      "127.0.0.1",
    ],
    cwd: CONSOLE_DIR,
    env: {
      ...env,
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      STOREFRONT_URL: storefrontUrl,
    },
  }
}
