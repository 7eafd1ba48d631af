import { Module } from "@medusajs/framework/utils"
import BatchModuleService from "./service"

export const BATCH_MODULE = "batch"

export default Module(BATCH_MODULE, { service: BatchModuleService })
