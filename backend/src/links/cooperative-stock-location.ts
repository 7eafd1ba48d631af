import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CooperativeModule from "../modules/cooperative"

// Each cooperative ships from its own stock location, where its batches land.
export default defineLink(
  CooperativeModule.linkable.cooperative,
  StockLocationModule.linkable.stockLocation
)
