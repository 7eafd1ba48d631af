const HAN = /\p{Script=Han}/u

// A person's full name from Medusa's first/last fields as people write it:
// Chinese family name first with no space ("王" + "小明" → "王小明"),
// anything else given name first ("Anna Li"). Blank parts are left out;
// null when both are blank.
export function fullName(
  firstName: string | null | undefined,
  lastName: string | null | undefined
): string | null {
  const first = firstName?.trim() ?? ""
  const last = lastName?.trim() ?? ""
  if (!first && !last) return null
  if (HAN.test(first) || HAN.test(last)) return `${last}${first}`
  return [first, last].filter(Boolean).join(" ")
}
