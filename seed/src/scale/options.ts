import { MedusaError } from "@medusajs/framework/utils"

export type ScaleOptions = {
  households: number
  products: number
  ledgerRows: number
  // Benefit-linkage payout entries, about (default: ten a household).
  payouts?: number
  // Products per synthetic cooperative (one cooperative per this many).
  productsPerCooperative: number
  // Harvest, order and capture dates are relative to this moment.
  now: number
}

const positive = (name: string, raw: string | undefined, fallback: number) => {
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name} must be a whole number ≥ 0, got "${raw}"`
    )
  }
  return value
}

// Ten payout entries a household: a million at the default 100,000.
export const payoutsFor = (households: number) => households * 10

// Sizes come from the environment (scripts/seed-scale.mjs turns the
// command-line flags into SCALE_*); the defaults are the sizes.
export function scaleOptionsFrom(env: NodeJS.ProcessEnv): ScaleOptions {
  const households = positive("--households", env.SCALE_HOUSEHOLDS, 100_000)
  return {
    households,
    products: positive("--products", env.SCALE_PRODUCTS, 10_000),
    ledgerRows: positive("--ledger-rows", env.SCALE_LEDGER_ROWS, 1_000_000),
    payouts: positive("--payouts", env.SCALE_PAYOUTS, payoutsFor(households)),
    productsPerCooperative: 40,
    now: Date.now(),
  }
}
