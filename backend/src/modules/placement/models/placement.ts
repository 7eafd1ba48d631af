import { model } from "@medusajs/framework/utils"

// One cart's checkout, from its first completion attempt until its order is
// placed in full and order.placed has been handled:
// - no `finished_at` after the attempt ended: the attempt was cut short (a
//   process killed mid-checkout), and the cart's next completion finishes
//   what it left undone;
// - `finished_at` but no `handled_at`: the order is placed, and its
//   order.placed event (held back until the workflow ends) may have died
//   with the process; the mend-placements job emits it again.
// The same job finishes the order of a cut checkout whose shopper never
// retried, once the attempt is ten minutes old.
export const Placement = model
  .define("placement", {
    id: model.id({ prefix: "plcmt" }).primaryKey(),
    cart_id: model.text().unique(),
    order_id: model.text().nullable(),
    finished_at: model.dateTime().nullable(),
    handled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["finished_at"], where: "handled_at IS NULL" },
  ])
