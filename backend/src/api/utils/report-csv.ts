import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CsvLayout } from "../../lib/reports/csv-layout"

// The layout a CSV export asked for (see lib/reports/csv-layout), with the
// county names the reviewer layout prints beside codes: one read of the
// county table (a few thousand rows at most), only for that layout.
export async function reportCsvLayout(
  req: MedusaRequest,
  params: {
    format?: "json" | "csv"
    layout?: CsvLayout["layout"]
    lang?: CsvLayout["lang"]
  }
): Promise<CsvLayout> {
  const layout = params.layout ?? "reviewer"
  const lang = params.lang ?? "zh-CN"
  if (params.format !== "csv" || layout === "machine") return { layout, lang }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "county",
    fields: ["code", "name_zh", "name_en"],
  })
  return {
    layout,
    lang,
    countyNames: new Map(
      (data as { code: string; name_zh: string; name_en: string }[]).map(
        (c) => [c.code, lang === "en" ? c.name_en : c.name_zh]
      )
    ),
  }
}
