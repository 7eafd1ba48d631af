const KEY = (orderId: string) => `tianfu_order_access:${orderId}`

// The header the backend reads a guest order's access token from.
export const ORDER_ACCESS_HEADER = "x-order-access-token"

// A guest's order is readable only by the browser that placed it: the
// completion's access token is kept here, per order, and sent with every
// read of that order.
export const orderAccess = {
  get: (orderId: string) =>
    typeof window === "undefined"
      ? null
      : window.localStorage.getItem(KEY(orderId)),
  set: (orderId: string, token: string) =>
    window.localStorage.setItem(KEY(orderId), token),
  headers: (orderId: string): Record<string, string> => {
    const token = orderAccess.get(orderId)
    return token ? { [ORDER_ACCESS_HEADER]: token } : {}
  },
}
