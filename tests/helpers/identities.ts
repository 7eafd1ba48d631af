import { idNumberCheckCharacter } from "@tianfu/domain"

// A synthetic resident ID number with a valid GB 11643 check digit.
export function syntheticIdNumber(
  countyCode: string,
  birth: string,
  sequence: string
): string {
  const first17 = `${countyCode}${birth}${sequence}`
  return first17 + idNumberCheckCharacter(first17)
}
