import { createCountiesWorkflow } from "../../../backend/src/workflows/county"
import type CountyModuleService from "../../../backend/src/modules/county/service"
import type { Container } from "./context"
import { DEMO_COUNTIES } from "./data/counties"

export async function ensureCounties(container: Container): Promise<number> {
  const counties = container.resolve<CountyModuleService>("county")
  const existing = new Set((await counties.listCounties({})).map((c) => c.code))
  const missing = DEMO_COUNTIES.filter((c) => !existing.has(c.code)).map(
    (c) => ({ ...c })
  )
  if (missing.length) {
    await createCountiesWorkflow(container).run({
      input: { counties: missing },
    })
  }
  return missing.length
}
