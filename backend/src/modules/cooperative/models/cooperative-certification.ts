import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

// Green food, organic, geographic indication, pollution-free… with expiry.
export const CooperativeCertification = model.define(
  "cooperative_certification",
  {
    id: model.id({ prefix: "ccert" }).primaryKey(),
    kind: model.enum([
      "green_food",
      "organic",
      "geographic_indication",
      "pollution_free",
      "other",
    ]),
    number: model.text(),
    issued_by: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    cooperative: model.belongsTo(() => Cooperative, {
      mappedBy: "certifications",
    }),
  }
)
