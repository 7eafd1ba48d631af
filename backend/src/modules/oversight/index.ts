import { Module } from "@medusajs/framework/utils"
import OversightModuleService from "./service"

export const OVERSIGHT_MODULE = "oversight"

export default Module(OVERSIGHT_MODULE, { service: OversightModuleService })
