import { z } from "@medusajs/framework/zod"

// A picture or document address shown to shoppers and reviewers: http(s)
// only (files uploaded through Medusa's file module are served so).
// `javascript:` and `data:` addresses would run or smuggle content in the
// storefront and the console.
export const webUrl = () =>
  z
    .string()
    .max(2000)
    .url()
    .refine((value) => /^https?:\/\//i.test(value), {
      message: "must be an http(s) address",
    })
