import { useQuery } from "@tanstack/react-query"
import { getBrowserSdk, httpStatus } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { queryKeys } from "@/lib/query-keys"

// The signed-in customer, or null when nobody is (or the token expired).
export function useCustomer() {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.customer,
    queryFn: async () => {
      try {
        return (await (await getBrowserSdk(env)).store.customer.retrieve())
          .customer
      } catch (error) {
        if (httpStatus(error) === 401) return null
        throw error
      }
    },
  })
}
