import nodemailer, { type Transporter } from "nodemailer";
import type { Env } from "../../../lib/env.js";

/**
 * Timeouts keep one attempt well inside the delivery transaction's budget (the row stays locked
 * while the SMTP conversation runs). Not pooled: each send opens and closes its own connection,
 * so nothing lingers at shutdown.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
export const SMTP_ATTEMPT_BUDGET_MS = 45_000;

const transports = new Map<string, Transporter>();

/** One nodemailer transport per SMTP_URL, built on first use. */
export function smtpTransport(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** MAIL_FROM, or the app name (the app.name setting) at no-reply@localhost. */
export function mailFrom(
  mailFromEnv: Env["MAIL_FROM"],
  appName: string,
): string | { name: string; address: string } {
  return mailFromEnv ?? { name: appName, address: "no-reply@localhost" };
}
