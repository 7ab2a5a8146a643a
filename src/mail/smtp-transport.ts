import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailConfig } from '../config/configuration.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The same on every attempt, so a receiver can tell a repeated delivery from a new mail. */
  messageId: string;
}

/** nodemailer's SMTP transport, configured from SMTP_URL and MAIL_FROM; one pooled connection set per worker. */
@Injectable()
export class SmtpTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(@Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>) {
    const url = new URL(config.smtpUrl);
    this.transporter = nodemailer.createTransport({
      host: url.hostname,
      port: url.port === '' ? (url.protocol === 'smtps:' ? 465 : 587) : Number(url.port),
      secure: url.protocol === 'smtps:',
      auth: url.username === '' ? undefined : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      pool: true,
      connectionTimeout: config.timeoutMs,
      greetingTimeout: config.timeoutMs,
      socketTimeout: config.timeoutMs,
    });
  }

  /** The domain of MAIL_FROM, for Message-IDs. */
  get domain(): string {
    return /@([^\s>]+)>?$/.exec(this.config.from)?.[1] ?? 'pavilion.localhost';
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ from: this.config.from, ...mail });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

/** An SMTP answer that will not change on retry (5xx): the mail fails for good. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
