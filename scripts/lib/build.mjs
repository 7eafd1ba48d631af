import fs from "node:fs"
import path from "node:path"
import {
  BACKEND_DIR,
  BUILT_BACKEND_DIR,
  MEDUSA_BIN,
  ROOT,
  STATE_DIR,
} from "./context.mjs"
import { fingerprint, readJson, writeJson } from "./fingerprint.mjs"
import { info, step } from "./log.mjs"
import { run } from "./processes.mjs"

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
    run(command, args, { cwd, env, label: `${name} build` })
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
