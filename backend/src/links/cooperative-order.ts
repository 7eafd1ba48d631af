import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CooperativeModule from "../modules/cooperative"

// Which cooperatives an order involves: each sees only its own lines.
export default defineLink(
  { linkable: CooperativeModule.linkable.cooperative, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
