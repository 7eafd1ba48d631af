import { MedusaError } from "@medusajs/framework/utils"

type AmountLike =
  | number
  | string
  | { value?: string | number | null }
  | { numeric: number }
  | { raw: { value: string | number } }
  | { toString(): string }
  | null
  | undefined

// Medusa keeps amounts in major units (yuan) as BigNumber; our tables keep
// integer fen. The conversion goes through the decimal string so 19.99 is
// 1999 and never 1998.9999; sub-fen digits (e.g. from a percentage discount)
// round half away from zero.
export function toFen(amount: AmountLike): number {
  if (amount === null || amount === undefined) return 0
  // Medusa's BigNumber keeps its exact decimal string in `raw.value`.
  const exact =
    typeof amount === "object" && "raw" in amount
      ? (amount.raw as { value?: string | number } | undefined)?.value
      : undefined
  const raw =
    exact !== undefined && exact !== null
      ? String(exact)
      : typeof amount === "object" && "value" in amount && amount.value != null
        ? String(amount.value)
        : typeof amount === "object" &&
            "numeric" in amount &&
            typeof amount.numeric === "number"
          ? amount.numeric.toFixed(6)
          : typeof amount === "number"
            ? amount.toFixed(6)
            : String(amount)
  const invalid = () =>
    new MedusaError(MedusaError.Types.INVALID_DATA, `Not an amount: ${raw}`)
  if (!raw.trim()) throw invalid()
  const match = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(raw.trim())
  if (!match || match[4]) {
    // Exponent notation: through a plain decimal string once, if it has one.
    const parsed = Number(raw)
    const plain = Number.isFinite(parsed) ? parsed.toFixed(6) : ""
    if (!/^-?\d+\.\d+$/.test(plain)) throw invalid()
    return toFen(plain)
  }
  const [, sign, whole, fraction = ""] = match
  const digits = (fraction + "000").slice(0, 3)
  let fen = BigInt(whole) * 100n + BigInt(digits.slice(0, 2))
  if (Number(digits[2]) >= 5) {
    fen += 1n
  }
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid()
  return Number(sign === "-" && fen !== 0n ? -fen : fen)
}
