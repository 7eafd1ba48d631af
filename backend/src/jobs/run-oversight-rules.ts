import type { MedusaContainer } from "@medusajs/framework/types"
import { chinaToday } from "@tianfu/domain"
import { runOversight } from "../workflows/oversight/utils/run-oversight"

// Nightly: the aid oversight rules over every county for this year (and,
// in January, for the year just ended, whose aid lists arrive late).
export default async function runOversightRulesJob(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const [year, month] = chinaToday().split("-").map(Number)
  const years = month === 1 ? [year - 1, year] : [year]
  for (const year of years) {
    try {
      const run = await runOversight(container, {
        jurisdiction_code: "",
        year,
        trigger: "nightly",
      })
      logger.info(
        `oversight rules ${year}: ${run.status} in ${run.duration_ms} ms — ${run.households} households, ${run.aid_records} aid records, ${run.flags_opened} flags opened, ${run.flags_reopened} reopened, ${run.flags_cleared} cleared, ${run.cases_opened} cases opened`
      )
    } catch (error) {
      logger.warn(`oversight rules ${year}: ${(error as Error).message}`)
    }
  }
}

export const config = {
  name: "run-oversight-rules",
  // 03:45 every night, after reconciliation.
  schedule: "45 3 * * *",
}
