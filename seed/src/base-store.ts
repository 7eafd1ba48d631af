import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { BASE_STORE } from "./constants"

type Container = ExecArgs["container"]

export type BaseStore = {
  storeId: string
  salesChannelId: string
  regionId: string
  stockLocationId: string
  publishableKey: string
}

// Creates, or finds from an earlier run, everything a shop needs before its
// first product: China/CNY region, sales channel, warehouse, shipping, key.
export async function seedBaseStore(container: Container): Promise<BaseStore> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const salesChannelId = await ensureSalesChannel(container)
  const storeId = await ensureStore(container, salesChannelId)
  const regionId = await ensureRegion(container, logger)
  await ensureRegionPaymentProviders(container, regionId, logger)
  const stockLocationId = await ensureStockLocation(
    container,
    storeId,
    salesChannelId
  )
  await ensureShipping(container, stockLocationId, regionId)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  logger.info(
    "Base store ready (region China/CNY, sales channel, warehouse, shipping, publishable key)"
  )
  return { storeId, salesChannelId, regionId, stockLocationId, publishableKey }
}

async function ensureSalesChannel(container: Container): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({
    name: BASE_STORE.salesChannelName,
  })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: BASE_STORE.salesChannelName }] },
  })
  return result[0].id
}

async function ensureStore(
  container: Container,
  salesChannelId: string
): Promise<string> {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores(
    {},
    { relations: ["supported_currencies"] }
  )
  const hasCny = store.supported_currencies?.some(
    (currency) =>
      currency.currency_code === BASE_STORE.currencyCode && currency.is_default
  )
  if (
    !hasCny ||
    store.default_sales_channel_id !== salesChannelId ||
    store.name !== BASE_STORE.storeName
  ) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: BASE_STORE.storeName,
          supported_currencies: [
            { currency_code: BASE_STORE.currencyCode, is_default: true },
          ],
          default_sales_channel_id: salesChannelId,
        },
      },
    })
  }
  return store.id
}

async function ensureRegion(
  container: Container,
  logger: Logger
): Promise<string> {
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ name: BASE_STORE.regionName })
  if (existing) {
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: BASE_STORE.regionName,
          currency_code: BASE_STORE.currencyCode,
          countries: [BASE_STORE.countryCode],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  const taxRegions = await container.resolve(Modules.TAX).listTaxRegions({
    country_code: BASE_STORE.countryCode,
  })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        { country_code: BASE_STORE.countryCode, provider_id: "tp_system" },
      ],
    })
  }
  logger.info(
    `Created region ${BASE_STORE.regionName} (${BASE_STORE.currencyCode.toUpperCase()})`
  )
  return result[0].id
}

// The region offers every enabled payment provider: the manual one always,
// Stripe when the backend runs with STRIPE_API_KEY. Re-run after enabling
// Stripe (npm run seed) and the region picks it up.
async function ensureRegionPaymentProviders(
  container: Container,
  regionId: string,
  logger: Logger
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [region],
  } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: regionId },
  })
  const offered = new Set(
    ((region.payment_providers ?? []) as ({ id: string } | null)[]).map(
      (provider) => provider?.id
    )
  )
  const enabled = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ is_enabled: true })
  const missing = enabled.filter((provider) => !offered.has(provider.id))
  if (!missing.length) {
    return
  }
  await updateRegionsWorkflow(container).run({
    input: {
      selector: { id: regionId },
      update: {
        payment_providers: [
          ...[...offered].filter((id): id is string => !!id),
          ...missing.map((provider) => provider.id),
        ],
      },
    },
  })
  logger.info(
    `Region ${BASE_STORE.regionName} now offers ${missing.map((p) => p.id).join(", ")}`
  )
}

async function ensureStockLocation(
  container: Container,
  storeId: string,
  salesChannelId: string
): Promise<string> {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locations.listStockLocations({
    name: BASE_STORE.stockLocationName,
  })
  if (existing) {
    return existing.id
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: BASE_STORE.stockLocationName,
          address: {
            city: "Chengdu",
            province: "Sichuan",
            country_code: "CN",
            address_1: "",
          },
        },
      ],
    },
  })
  const stockLocationId = result[0].id
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: { default_location_id: stockLocationId },
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocationId, add: [salesChannelId] },
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  return stockLocationId
}

async function ensureShipping(
  container: Container,
  stockLocationId: string,
  regionId: string
): Promise<void> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existingSet] = await fulfillment.listFulfillmentSets({
    name: BASE_STORE.fulfillmentSetName,
  })
  if (existingSet) {
    return
  }
  const [defaultProfile] = await fulfillment.listShippingProfiles({
    type: "default",
  })
  const shippingProfileId =
    defaultProfile?.id ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: {
          data: [{ name: "Default Shipping Profile", type: "default" }],
        },
      })
    ).result[0].id
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: BASE_STORE.fulfillmentSetName,
    type: "shipping",
    service_zones: [
      {
        name: BASE_STORE.serviceZoneName,
        geo_zones: [{ country_code: BASE_STORE.countryCode, type: "country" }],
      },
    ],
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: BASE_STORE.shippingOptions.map((option) => ({
      name: option.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: fulfillmentSet.service_zones[0].id,
      shipping_profile_id: shippingProfileId,
      type: {
        label: option.label,
        description: option.description,
        code: option.code,
      },
      // Medusa prices are in major units (yuan); our own tables use fen.
      prices: [
        { currency_code: BASE_STORE.currencyCode, amount: option.amount },
        { region_id: regionId, amount: option.amount },
      ],
      rules: [
        {
          attribute: "enabled_in_store",
          value: "true",
          operator: "eq" as const,
        },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
}

async function ensurePublishableKey(
  container: Container,
  salesChannelId: string
): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({
    title: BASE_STORE.publishableKeyTitle,
    type: "publishable",
  })
  const existing = keys.find((key) => !key.revoked_at)
  if (existing) {
    return existing.token
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        {
          title: BASE_STORE.publishableKeyTitle,
          type: "publishable",
          created_by: "",
        },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}
