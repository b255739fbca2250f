import type { ConfigVariableType } from "@baseplate/db";
import type { Env } from "../../../lib/env.js";

export interface SystemVariable {
  name: string;
  type: ConfigVariableType;
  description: string;
  /** enum: the allowed values; template: the allowed placeholders (pipe-separated). */
  options?: string;
  /** numeric bounds the product can live with. */
  min?: number;
  max?: number;
  /** The value at first start (environment variables seed it; afterwards the console owns it). */
  initial: (env: Env) => string;
}

/** Variables the product itself reads. Created at start when missing; only their value changes. */
export const SYSTEM_VARIABLES = [
  {
    name: "app.name",
    type: "string",
    description: "Product name shown in the web UI, emails and invoices",
    initial: (env) => env.APP_NAME,
  },
  {
    name: "mail.invitation_subject",
    type: "template",
    description: "Subject of invitation emails",
    options: "inviter|tenant|app",
    initial: () => "{inviter} invited you to {tenant} on {app}",
  },
  {
    name: "invitations.expiry_days",
    type: "numeric",
    description: "Days an invitation link stays valid",
    min: 1,
    max: 30,
    initial: () => "7",
  },
  {
    name: "billing.grace_period_days",
    type: "numeric",
    description: "Days a past-due subscription keeps access while payment is retried",
    min: 0,
    max: 90,
    initial: (env) => String(env.BILLING_GRACE_PERIOD_DAYS),
  },
  {
    name: "ui.color_scheme",
    type: "enum",
    description: "Colour scheme of the web UI for everyone who has not chosen one",
    options: "auto|light|dark",
    initial: () => "auto",
  },
] as const satisfies readonly SystemVariable[];

export type SystemVariableName = (typeof SYSTEM_VARIABLES)[number]["name"];

const BY_NAME = new Map<string, SystemVariable>(
  SYSTEM_VARIABLES.map((variable) => [variable.name, variable]),
);

export function systemVariable(name: string): SystemVariable | undefined {
  return BY_NAME.get(name);
}
