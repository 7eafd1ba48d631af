import { withDatabase } from "../../scripts/lib/postgres.mjs"

// Drops the bench database for --fresh. WITH (FORCE) ends the sessions on
// that database only (PostgreSQL 13+), e.g. one left by a killed run.
export async function dropDatabase(serverUrl, database) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({
    connectionString: withDatabase(serverUrl, "postgres"),
  })
  await client.connect()
  try {
    await client.query(
      `drop database if exists "${database.replace(/"/g, '""')}" with (force)`
    )
  } finally {
    await client.end()
  }
}
