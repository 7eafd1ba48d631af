import crypto from "node:crypto"

// Printed on labels and typed by hand: no 0/O, 1/I/L, no lowercase.
export const TRACE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
export const TRACE_CODE_LENGTH = 10

// 31^10 ≈ 8.2e14 codes (~49 bits): guessing a valid one among millions of
// batches takes ~1e8 tries, which the store route's rate limit makes moot.
export function generateTraceCode(
  random: (size: number) => Buffer = crypto.randomBytes
): string {
  const size = TRACE_CODE_ALPHABET.length
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % size)
  let code = ""
  while (code.length < TRACE_CODE_LENGTH) {
    for (const byte of random(TRACE_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < TRACE_CODE_LENGTH) {
        code += TRACE_CODE_ALPHABET[byte % size]
      }
    }
  }
  return code
}

export function isTraceCode(value: string): boolean {
  return new RegExp(`^[${TRACE_CODE_ALPHABET}]{${TRACE_CODE_LENGTH}}$`).test(
    value
  )
}
