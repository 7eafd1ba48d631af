// Names the base store is found by on a re-run; changing one creates a duplicate.
export const BASE_STORE = {
  storeName: "天府丰收 Tianfu Harvest",
  salesChannelName: "Tianfu Harvest Online",
  regionName: "China",
  currencyCode: "cny",
  countryCode: "cn",
  stockLocationName: "Chengdu Central Warehouse",
  fulfillmentSetName: "Chengdu Central Warehouse delivery",
  serviceZoneName: "Mainland China",
  publishableKeyTitle: "Tianfu Storefront",
  shippingOptions: [
    {
      name: "Standard shipping",
      code: "standard",
      label: "Standard",
      description: "3–5 days",
      amount: 10,
    },
    {
      name: "Express shipping",
      code: "express",
      label: "Express",
      description: "1–2 days",
      amount: 20,
    },
  ],
} as const

export const DEMO_ADMIN_EMAIL = "admin@tianfu.local"
