import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BatchModule from "../modules/batch"

// Allocation: how many units of an order line came from which batch, oldest
// harvest first. Attribution splits the line's money by these quantities.
export default defineLink(
  { linkable: OrderModule.linkable.orderLineItem, isList: true },
  { linkable: BatchModule.linkable.batch, isList: true },
  {
    database: {
      extraColumns: {
        quantity: { type: "integer", nullable: false },
      },
    },
  }
)
