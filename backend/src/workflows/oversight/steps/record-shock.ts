import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { inJurisdiction } from "@tianfu/domain"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"

export type ShockInput = {
  household_id: string
  kind: string
  occurred_on: string
  description: string | null
  // A reviewer records it for a household of their jurisdiction; a
  // cooperative reports it for one of its member households.
  reporter:
    | { type: "bureau_user"; id: string; jurisdiction_code: string }
    | { type: "cooperative_user"; id: string; cooperative_id: string }
}

type Place = {
  id: string
  county_code: string
  township: string
  village: string
}

// The household the event befell, where the reporter may name it: any
// other — another jurisdiction's, another cooperative's, none — is the
// same 404. Then the event and the case it opens (or joins), undone
// together.
export const recordShockStep = createStep(
  "record-shock-event",
  async (input: ShockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fields = ["id", "county_code", "township", "village"]
    let household: Place | undefined
    if (input.reporter.type === "bureau_user") {
      const { data } = await query.graph({
        entity: "household",
        fields,
        filters: { id: input.household_id },
      })
      household = data.find((h: Place) =>
        inJurisdiction(
          h.county_code,
          (input.reporter as { jurisdiction_code: string }).jurisdiction_code
        )
      ) as Place | undefined
    } else {
      const {
        data: [cooperative],
      } = await query.graph({
        entity: "cooperative",
        fields: fields.map((f) => `households.${f}`),
        filters: { id: input.reporter.cooperative_id },
      })
      household = ((cooperative?.households ?? []) as (Place | null)[]).find(
        (h) => h?.id === input.household_id
      ) as Place | undefined
    }
    if (!household) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Household was not found"
      )
    }
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    const recorded = await oversight.recordShock({
      household_id: household.id,
      county_code: household.county_code,
      township: household.township,
      village: household.village,
      kind: input.kind,
      occurred_on: input.occurred_on,
      description: input.description,
      reported_by_type: input.reporter.type,
      reported_by_id: input.reporter.id,
      cooperative_id:
        input.reporter.type === "cooperative_user"
          ? input.reporter.cooperative_id
          : null,
    })
    return new StepResponse(
      { ...recorded, county_code: household.county_code },
      recorded
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const oversight: OversightModuleService =
      container.resolve(OVERSIGHT_MODULE)
    await oversight.undoShock(undo)
  }
)
