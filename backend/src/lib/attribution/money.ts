import { MedusaError } from "@medusajs/framework/utils"

type AmountLike =
  | number
  | string
  | { value?: string | number | null; numeric?: number }
  | { toString(): string }
  | null
  | undefined

// Medusa keeps amounts in major units (yuan) as BigNumber; our tables keep
// integer fen. The conversion goes through the decimal string so 19.99 is
// 1999 and never 1998.9999; sub-fen digits (e.g. from a percentage discount)
// round half away from zero.
export function toFen(amount: AmountLike): number {
  if (amount === null || amount === undefined) return 0
  const raw =
    typeof amount === "object" && "value" in amount && amount.value != null
      ? String(amount.value)
      : typeof amount === "number"
        ? amount.toFixed(6)
        : String(amount)
  const match = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(raw.trim())
  if (!match || match[4]) {
    const parsed = Number(raw)
    if (!Number.isFinite(parsed)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not an amount: ${raw}`
      )
    }
    return toFen(parsed)
  }
  const [, sign, whole, fraction = ""] = match
  const digits = (fraction + "000").slice(0, 3)
  let fen = BigInt(whole) * 100n + BigInt(digits.slice(0, 2))
  if (Number(digits[2]) >= 5) {
    fen += 1n
  }
  return Number(sign === "-" && fen !== 0n ? -fen : fen)
}
