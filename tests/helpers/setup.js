// Each test file boots its own Medusa app; MikroORM's metadata is global and
// must not carry entities over from a previous file in the same worker.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Medusa's runner restores each test's database from a template by dropping
// it, which ends the app's pooled connections; knex reports each one through
// console.log. That one message is expected there and nothing else is hidden.
const EXPECTED_DURING_RESTORE =
  "Connection Error: Connection ended unexpectedly"
const log = console.log.bind(console)
console.log = (...args) => {
  if (
    typeof args[0] === "string" &&
    args[0].includes(EXPECTED_DURING_RESTORE)
  ) {
    return
  }
  log(...args)
}
