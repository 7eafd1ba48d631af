// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters
// from a 31-character alphabet (no I, O, S, V, Z); the 18th is a check
// character computed from the first 17 with weights 3^i mod 31.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const SHAPE = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, index) => {
    const value = ALPHABET.indexOf(char)
    return total + value * WEIGHTS[index]
  }, 0)
  return ALPHABET[(31 - (sum % 31)) % 31]
}

export function isValidCreditCode(code: string): boolean {
  if (!SHAPE.test(code)) {
    return false
  }
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17]
}
