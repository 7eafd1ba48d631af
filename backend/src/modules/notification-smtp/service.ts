import type {
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import nodemailer from "nodemailer"
import { renderEmail } from "./templates"

type Options = { url: string; from: string }

// E-mail through any SMTP server (SMTP_URL), rendered from our templates;
// Medusa's notification module records each message and its outcome.
class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static override identifier = "smtp"
  private readonly transport: ReturnType<typeof nodemailer.createTransport>
  private readonly from: string

  constructor(_container: unknown, options: Options) {
    super()
    this.transport = nodemailer.createTransport(options.url)
    this.from = options.from
  }

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "SMTP_URL must be smtp://… or smtps://…"
      )
    }
  }

  override async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const { subject, text, html } = renderEmail(
      notification.template,
      (notification.data ?? {}) as Record<string, unknown>
    )
    const sent = await this.transport.sendMail({
      from: notification.from || this.from,
      to: notification.to,
      subject,
      text,
      html,
    })
    return { id: String(sent.messageId ?? "") }
  }
}

export default SmtpNotificationProviderService
