import { Module } from "@medusajs/framework/utils"
import BureauModuleService from "./service"

export const BUREAU_MODULE = "bureau"

export default Module(BUREAU_MODULE, { service: BureauModuleService })
