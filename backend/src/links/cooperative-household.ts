import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import HouseholdModule from "../modules/household"

// Membership: a household may belong to several cooperatives and vice versa.
export default defineLink(
  { linkable: CooperativeModule.linkable.cooperative, isList: true },
  { linkable: HouseholdModule.linkable.household, isList: true }
)
