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

// LINKAGE_DOCUMENT_MAX_BYTES: the largest evidence file a cooperative may
// upload (default 5 MiB; the request body allows up to 6 MiB of file).
export const MAX_DOCUMENT_BYTES_CEILING = 6 * 1024 * 1024
export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env) {
  return numberSetting(
    env.LINKAGE_DOCUMENT_MAX_BYTES,
    5 * 1024 * 1024,
    MAX_DOCUMENT_BYTES_CEILING
  )
}
