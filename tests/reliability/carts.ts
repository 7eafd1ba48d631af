// Carts per reliability suite: RELIABILITY_CARTS when set, else 200 under
// `npm run test:reliability` and 20 for the subset `npm test` runs.
export const CARTS = Number(
  process.env.RELIABILITY_CARTS ?? (process.env.TEST_RELIABILITY ? 200 : 20)
)
