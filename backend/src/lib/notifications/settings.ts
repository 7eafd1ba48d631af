// Where e-mail goes: through SMTP (our nodemailer provider) when SMTP_URL
// is set — smtp://user:pass@host:587 or smtps://… — from NOTIFICATION_FROM;
// otherwise Medusa's local provider, which writes each message to the log
// and keeps it in the notification module's table, where the operator's
// dev mailbox in /app reads it. The "feed" channel (the dashboard's own
// notices) stays on the local provider either way.
export type NotificationSettings =
  { email: "smtp"; url: string; from: string } | { email: "local" }

export function describeNotifications(
  env: Record<string, string | undefined>
): NotificationSettings {
  const url = env.SMTP_URL?.trim()
  if (!url) return { email: "local" }
  return {
    email: "smtp",
    url,
    from: env.NOTIFICATION_FROM?.trim() || "天府丰收 <no-reply@tianfu.local>",
  }
}

export function buildNotificationModule(
  settings: NotificationSettings,
  smtpProviderPath: string
) {
  const local = {
    resolve: "@medusajs/medusa/notification-local",
    id: "local",
    options: {
      name: "Local notification provider",
      channels: settings.email === "local" ? ["email", "feed"] : ["feed"],
    },
  }
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers:
        settings.email === "smtp"
          ? [
              local,
              {
                resolve: smtpProviderPath,
                id: "smtp",
                options: {
                  channels: ["email"],
                  url: settings.url,
                  from: settings.from,
                },
              },
            ]
          : [local],
    },
  }
}
