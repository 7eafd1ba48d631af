import { QueryClientProvider } from "@tanstack/react-query"
import { RouterProvider } from "react-router"
import { queryClient } from "../lib/query-client"
import { router } from "./router"

export function Providers() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
