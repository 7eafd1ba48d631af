import { Module } from "@medusajs/framework/utils"
import HouseholdModuleService from "./service"

export const HOUSEHOLD_MODULE = "household"

export default Module(HOUSEHOLD_MODULE, { service: HouseholdModuleService })
