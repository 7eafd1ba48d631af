// A page of the shop, as a QR code printed on a label or a slip links to it
// (STOREFRONT_URL, http://localhost:8000 by default).
export function storefrontUrl(path: string): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(
    /\/$/,
    ""
  )
  return `${base}${path}`
}
