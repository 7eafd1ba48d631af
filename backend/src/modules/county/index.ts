import { Module } from "@medusajs/framework/utils"
import CountyModuleService from "./service"

export const COUNTY_MODULE = "county"

export default Module(COUNTY_MODULE, { service: CountyModuleService })
