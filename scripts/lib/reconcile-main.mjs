import { execOnStartDatabase } from "./exec-main.mjs"

// `npm run reconcile`: checks every order's attribution ledger against its
// payments in the `npm start` database; exit code 1 when any differ.
export const reconcileMain = () =>
  execOnStartDatabase({
    verb: "reconciling",
    script: "./src/scripts/reconcile.ts",
    failure: "reconciliation found differences (see above)",
  })
