import { type RouteConfig, index, route } from "@react-router/dev/routes"

export default [
  index("routes/home.tsx"),
  route("counties", "routes/counties.tsx"),
  route("counties/:code", "routes/county.tsx"),
  route("cooperatives/:handle", "routes/cooperative.tsx"),
  route("products", "routes/catalog.tsx", { id: "catalog" }),
  route("categories/:category", "routes/catalog.tsx", { id: "category" }),
  route("products/:handle", "routes/product.tsx"),
  route("search", "routes/search.tsx"),
  route("cart", "routes/cart.tsx"),
  route("checkout", "routes/checkout.tsx"),
  route("checkout/complete", "routes/checkout-complete.tsx"),
  route("orders/:id/confirmed", "routes/order-confirmed.tsx"),
  route("orders/:id/claim", "routes/order-claim.tsx"),
  route("account", "routes/account.tsx"),
  route("account/forgot-password", "routes/forgot-password.tsx"),
  route("account/reset-password", "routes/reset-password.tsx"),
  route("account/orders/:id", "routes/account-order.tsx"),
  route("t/:code", "routes/trace.tsx"),
  route("p/:token", "routes/payout-slip.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig
