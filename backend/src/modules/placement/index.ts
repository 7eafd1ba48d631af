import { Module } from "@medusajs/framework/utils"
import PlacementModuleService from "./service"

export const PLACEMENT_MODULE = "placement"

export default Module(PLACEMENT_MODULE, { service: PlacementModuleService })
