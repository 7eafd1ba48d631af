import { createContext, useContext } from "react"
import type { PublicEnv, RegionSummary } from "./env"

export type ShopContextValue = {
  env: PublicEnv
  region: RegionSummary | null
}

export const ShopContext = createContext<ShopContextValue | null>(null)

export function useShop() {
  const value = useContext(ShopContext)
  if (!value) throw new Error("useShop outside ShopContext")
  return value
}
