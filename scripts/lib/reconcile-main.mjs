import { execOnStartDatabase } from "./exec-main.mjs"

// `npm run reconcile`: checks every order's attribution ledger against its
// payments in the `npm start` database; exit code 1 when any differ.
// `npm run reconcile -- --repair` first appends the corrections.
export const reconcileMain = (args = []) =>
  execOnStartDatabase({
    verb: args.includes("--repair") ? "repairing ledgers" : "reconciling",
    script: "./src/scripts/reconcile.ts",
    args,
    failure: "reconciliation found differences (see above)",
  })
