import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendEmail } from "../lib/notifications/send"
import { consoleUrl, storefrontUrl } from "../api/utils/storefront-url"

// Where each kind of account sets a new password: shoppers in the shop,
// cooperative staff and reviewers in the console, operators in /app.
export function resetPasswordUrl(
  actorType: string,
  email: string,
  token: string
): string | null {
  const query = `token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
  const base = (url: string | undefined, fallback: string) =>
    (url || fallback).replace(/\/$/, "")
  switch (actorType) {
    case "customer":
      return storefrontUrl(`/account/reset-password?${query}`)
    case "cooperative_user":
    case "bureau_user":
      return consoleUrl(`/reset-password?actor=${actorType}&${query}`)
    case "user":
      return `${base(process.env.MEDUSA_BACKEND_URL, "http://localhost:9000")}/app/reset-password?${query}`
    default:
      return null
  }
}

// Medusa's reset flow (POST /auth/:actor/emailpass/reset-password) makes a
// 15-minute token and emits auth.password_reset only for an account that
// exists; the link goes to that account's address. The request's answer is
// the same either way.
export default async function passwordResetEmailHandler({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  const { entity_id: email, actor_type: actorType, token } = event.data
  const url = resetPasswordUrl(actorType, email, token)
  if (!url || !email.includes("@")) return
  await sendEmail(container, {
    to: email,
    template: "password-reset",
    data: { reset_url: url, actor_type: actorType },
    // One e-mail per token.
    idempotency_key: `password-reset:${token.slice(-32)}`,
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
