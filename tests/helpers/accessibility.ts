import fs from "node:fs"
import type { Page } from "playwright-core"

const AXE_SOURCE = fs.readFileSync(
  require.resolve("axe-core/axe.min.js"),
  "utf8"
)

export type Violation = {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

// axe-core's WCAG 2.1 A and AA rules over the page as it is now, the serious
// and critical violations only. Injected through the DevTools protocol
// (page.evaluate), which the pages' Content-Security-Policy does not see.
//
// `within`: only the elements matching this selector (in /app, our widgets
// and routes, not Medusa's own dashboard around them); none there, nothing
// is checked.
export async function seriousViolations(
  page: Page,
  within?: string
): Promise<Violation[]> {
  if (within && !(await page.locator(within).count())) return []
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document | { include: string[][] },
            options: object
          ) => Promise<{
            violations: {
              id: string
              impact: string | null
              help: string
              nodes: { target: string[] }[]
            }[]
          }>
        }
      }
    ).axe
    const result = await axe.run(within ? { include: [[within]] } : document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
      },
      resultTypes: ["violations"],
    })
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }))
  }, within)
}
