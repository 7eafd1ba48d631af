// Product images drawn locally as SVG (no downloads): a coloured card with
// the product's names, sized like a photo so layouts do not shift.
const PALETTE: Record<string, [string, string]> = {
  fruit: ["#f97316", "#fde68a"],
  grain: ["#a16207", "#fef3c7"],
  tea: ["#15803d", "#dcfce7"],
  meat: ["#b91c1c", "#fee2e2"],
  mountain: ["#57534e", "#e7e5e4"],
  spice: ["#be123c", "#ffe4e6"],
  honey: ["#ca8a04", "#fef9c3"],
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

export function productImageSvg(
  title: string,
  titleEn: string,
  category: string
): string {
  const [dark, light] = PALETTE[category] ?? ["#334155", "#f1f5f9"]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <rect width="800" height="800" fill="${light}"/>
  <circle cx="400" cy="330" r="190" fill="${dark}" opacity="0.85"/>
  <text x="400" y="640" font-family="Noto Sans CJK SC, sans-serif" font-size="64" text-anchor="middle" fill="${dark}">${escape(title)}</text>
  <text x="400" y="710" font-family="Noto Sans, sans-serif" font-size="34" text-anchor="middle" fill="#1f2937">${escape(titleEn)}</text>
</svg>`
}
