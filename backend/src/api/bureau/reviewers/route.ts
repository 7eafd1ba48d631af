import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveBureauCaller } from "../caller"

// The reviewers a flag or case of the caller's jurisdiction can be
// assigned to: those of the jurisdiction and of the jurisdictions above
// it (the city's, the province's) and inside it. Names and jurisdictions
// only.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const code = caller.jurisdiction_code
  const above = [2, 4, 6]
    .map((n) => code.slice(0, n))
    .filter((p) => p.length < code.length)
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "bureau_user",
      fields: ["id", "name", "jurisdiction_code"],
      filters: {
        $or: [
          { jurisdiction_code: { $like: `${code}%` } },
          ...(above.length ? [{ jurisdiction_code: above }] : []),
        ],
      },
      pagination: {
        take: 500,
        order: { jurisdiction_code: "ASC", name: "ASC" },
      },
    })
  res.json({ reviewers: data })
}
