// A page of the shop, as a QR code printed on a label or a slip links to it
// (STOREFRONT_URL, http://localhost:8000 by default).
export function storefrontUrl(path: string): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(
    /\/$/,
    ""
  )
  return `${base}${path}`
}

// A page of the console (CONSOLE_URL, http://localhost:7001 by default), as
// an e-mail to cooperative staff or reviewers links to it.
export function consoleUrl(path: string): string {
  const base = (process.env.CONSOLE_URL || "http://localhost:7001").replace(
    /\/$/,
    ""
  )
  return `${base}${path}`
}
