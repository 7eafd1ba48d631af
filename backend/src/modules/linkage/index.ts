import { Module } from "@medusajs/framework/utils"
import LinkageModuleService from "./service"

export const LINKAGE_MODULE = "linkage"

export default Module(LINKAGE_MODULE, { service: LinkageModuleService })
