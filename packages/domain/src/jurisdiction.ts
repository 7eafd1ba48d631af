// A bureau's jurisdiction is a GB/T 2260 prefix: "51" Sichuan province,
// "5134" Liangshan prefecture, "513431" Zhaojue county.
export function isJurisdictionCode(code: string): boolean {
  return /^(\d{2}|\d{4}|\d{6})$/.test(code)
}

export function inJurisdiction(
  countyCode: string | null | undefined,
  jurisdictionCode: string
): boolean {
  return (
    !!countyCode &&
    isJurisdictionCode(jurisdictionCode) &&
    countyCode.startsWith(jurisdictionCode)
  )
}

// The LIKE pattern of the county codes in a jurisdiction ("" is every
// county); LIKE's own wildcards are dropped from the prefix.
export function jurisdictionPattern(jurisdictionCode: string): string {
  return `${jurisdictionCode.replace(/[%_\\]/g, "")}%`
}

// The query filter that keeps a bureau's reads inside its jurisdiction.
export function jurisdictionFilter(jurisdictionCode: string): {
  $like: string
} {
  return { $like: jurisdictionPattern(jurisdictionCode) }
}
