// Resident identity card number, GB 11643-1999: six-digit region code,
// YYYYMMDD birth date, three-digit sequence, and a check character
// (ISO 7064 MOD 11-2; "X" stands for 10).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = "10X98765432"

export function idNumberCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, digit, index) => total + Number(digit) * WEIGHTS[index],
    0
  )
  return CHECK[sum % 11]
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  )
}

export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase()
}

export function isValidIdNumber(value: string): boolean {
  const id = normalizeIdNumber(value)
  if (!/^\d{17}[\dX]$/.test(id) || !isRealDate(id.slice(6, 14))) {
    return false
  }
  return idNumberCheckCharacter(id.slice(0, 17)) === id[17]
}
