import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { storeCountyFields } from "../../counties/query-config"

type ProductRow = {
  id: string
  title: string
  handle: string
  thumbnail?: string | null
  status: string
}

// A cooperative's public page: approved cooperatives only.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: [
      "id",
      "name",
      "handle",
      "story",
      "logo_url",
      "county_code",
      "status",
      "certifications.kind",
      "certifications.number",
      "certifications.expires_at",
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
      "products.status",
    ],
    filters: { handle: req.params.handle },
  })
  if (!cooperative || cooperative.status !== "approved") {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cooperative ${req.params.handle} was not found`
    )
  }
  const {
    data: [county],
  } = await query.graph({
    entity: "county",
    fields: storeCountyFields,
    filters: { code: cooperative.county_code },
  })
  const { status: _status, products, ...fields } = cooperative
  res.json({
    cooperative: {
      ...fields,
      county: county ?? null,
      products: ((products ?? []) as (ProductRow | null)[])
        .filter((p) => p?.status === "published")
        .map((p) => ({
          id: p?.id,
          title: p?.title,
          handle: p?.handle,
          thumbnail: p?.thumbnail,
        })),
    },
  })
}
