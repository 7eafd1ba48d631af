import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { EmailTemplate } from "../../modules/notification-smtp/templates"

// One e-mail through Medusa's notification module, on the "email" channel
// (SMTP or the local provider, see settings.ts). The idempotency key makes
// a subscriber that runs twice for one event send once.
export async function sendEmail(
  container: MedusaContainer,
  input: {
    to: string
    template: EmailTemplate
    data: Record<string, unknown>
    idempotency_key: string
    resource_type?: string
    resource_id?: string
  }
) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to: input.to,
    channel: "email",
    template: input.template,
    data: input.data,
    idempotency_key: input.idempotency_key,
    resource_type: input.resource_type,
    resource_id: input.resource_id,
  })
}
