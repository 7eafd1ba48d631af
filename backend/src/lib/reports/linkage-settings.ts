// Settings the benefit-linkage reports and statements share: an integer
// from the environment within [0, max], else the default.
export const numberSetting = (
  value: string | undefined,
  fallback: number,
  max: number
) => {
  const n = Number(value ?? fallback)
  return Number.isInteger(n) && n >= 0 && n <= max ? n : fallback
}

// LINKAGE_LATE_DAYS: an obligation unpaid this many days after it fell due
// is late (default 30); a purchase paid below its floor by then is counted
// in floor-price compliance.
export function lateDays(env: NodeJS.ProcessEnv = process.env) {
  return numberSetting(env.LINKAGE_LATE_DAYS, 30, 3650)
}

export const lateBefore = (days: number, now = new Date()) =>
  new Date(now.getTime() - days * 86_400_000)
