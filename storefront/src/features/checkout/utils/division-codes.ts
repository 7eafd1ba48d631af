// The province, city and district codes of an address's division code
// (GB/T 2260: two digits of province, two of city, two of district).
// Municipalities answer one city, PP0100; a city with no districts is its
// own division.
const MUNICIPALITIES = new Set(["11", "12", "31", "50"])

export function divisionLevels(code: string | undefined | null) {
  if (!code || !/^\d{6}$/.test(code))
    return { province: "", city: "", district: "" }
  const province = `${code.slice(0, 2)}0000`
  const city = MUNICIPALITIES.has(code.slice(0, 2))
    ? `${code.slice(0, 2)}0100`
    : `${code.slice(0, 4)}00`
  return {
    province,
    city,
    district: code === city ? "" : code,
  }
}
