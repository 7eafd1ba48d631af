import { storeCountyFields } from "../../store/counties/query-config"

// Operators see everything the public sees, plus bookkeeping.
export const countyFields = [...storeCountyFields, "created_at", "updated_at"]

export const retrieveCountyQueryConfig = {
  defaults: countyFields,
  isList: false,
}

export const listCountiesQueryConfig = {
  ...retrieveCountyQueryConfig,
  defaultLimit: 50,
  isList: true,
}
