// One jest run for the whole repository: fast unit tests first, then HTTP
// integration tests that boot a real Medusa app on a real PostgreSQL.
// The start/test scripts are ES modules (.mjs), which jest loads only as ESM
// (node --experimental-vm-modules, set by scripts/test.mjs); tests reach them
// through dynamic import(), which must therefore survive the CJS transform.
const transform = {
  "^.+\\.(t|j)s$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        // Medusa's module services use TypeScript's (legacy) parameter
        // decorators, e.g. @InjectTransactionManager() + @MedusaContext().
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: "es2021",
      },
      module: { type: "commonjs", ignoreDynamic: true },
    },
  ],
  "^.+\\.mjs$": [
    "@swc/jest",
    { jsc: { target: "es2022" }, module: { type: "es6" } },
  ],
}

const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["ts", "js", "mjs", "json"],
  modulePathIgnorePatterns: ["<rootDir>/backend/.medusa/", "dist/"],
  // The shared domain package, from its source (its dist/ is for the
  // backend's compiled runtime).
  moduleNameMapper: {
    "^@tianfu/domain$": "<rootDir>/packages/domain/src/index.ts",
  },
}

module.exports = {
  // A worker holding more than this after a test file is replaced before the
  // next one (see scripts/lib/test-main.mjs: one worker, files in turn).
  workerIdleMemoryLimit: "1GB",
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: [
        "<rootDir>/tests/unit/**/*.spec.ts",
        "<rootDir>/backend/src/**/__tests__/**/*.unit.spec.ts",
        "<rootDir>/seed/src/**/__tests__/**/*.unit.spec.ts",
        "<rootDir>/packages/*/src/**/__tests__/**/*.unit.spec.ts",
      ],
    },
    {
      ...common,
      displayName: "http",
      testMatch: ["<rootDir>/tests/http/**/*.spec.ts"],
      setupFiles: ["<rootDir>/tests/helpers/setup.js"],
    },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/tests/e2e/**/*.spec.ts"],
      setupFiles: ["<rootDir>/tests/helpers/setup.js"],
    },
    // Load and fault suites: all of them, at 200 carts, under
    // `npm run test:reliability`; `npm test` runs the in-process one at 20
    // carts (~2½ minutes). The multi-process suites build and start the
    // production server, which would take CI past its time budget.
    {
      ...common,
      displayName: "reliability",
      testMatch: process.env.TEST_RELIABILITY
        ? [
            "<rootDir>/tests/reliability/**/*.spec.ts",
            // The ledger's model run again, long (LEDGER_MODEL_ORDERS).
            "<rootDir>/tests/http/attribution/operator/ledger-truth.spec.ts",
          ]
        : ["<rootDir>/tests/reliability/checkout/**/*.spec.ts"],
      setupFiles: ["<rootDir>/tests/helpers/setup.js"],
    },
  ],
}
