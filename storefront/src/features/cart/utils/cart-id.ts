const KEY = "tianfu_cart_id"

// The open cart lives in this browser only; it is forgotten once it
// becomes an order.
export const cartId = {
  get: () =>
    typeof window === "undefined" ? null : window.localStorage.getItem(KEY),
  set: (id: string) => window.localStorage.setItem(KEY, id),
  clear: () => window.localStorage.removeItem(KEY),
}
