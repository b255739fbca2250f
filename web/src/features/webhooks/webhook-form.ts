import { requiredProblem } from "../../lib/validation";
import type { CreateWebhookInput, Webhook } from "./types";

export interface WebhookFormValues {
  name: string;
  description: string;
  url: string;
  events: string[];
}

export type WebhookField = keyof WebhookFormValues;

export const WEBHOOK_FIELDS: readonly WebhookField[] = ["name", "description", "url", "events"];

export function webhookFormValues(
  webhook?: Pick<Webhook, "name" | "description" | "url" | "events">,
): WebhookFormValues {
  return {
    name: webhook?.name ?? "",
    description: webhook?.description ?? "",
    url: webhook?.url ?? "",
    events: webhook ? [...webhook.events] : [],
  };
}

function urlProblem(value: string): string | undefined {
  const url = value.trim();
  if (!url) return "Enter the URL your server receives webhooks at";
  try {
    const { protocol } = new URL(url);
    if (protocol === "https:" || protocol === "http:") return undefined;
  } catch {
    // not a URL at all: same advice
  }
  return "Enter a full URL, like https://example.com/webhooks";
}

/** Slips explained before sending; the server checks again (and alone knows which hosts it refuses). */
export function webhookFormProblems(values: WebhookFormValues): Partial<Record<WebhookField, string>> {
  const problems: Partial<Record<WebhookField, string>> = {};
  const name = requiredProblem(values.name, "a name for the webhook");
  const url = urlProblem(values.url);
  if (name) problems.name = name;
  if (url) problems.url = url;
  if (values.events.length === 0) problems.events = "Pick at least one event";
  return problems;
}

export function webhookInput(values: WebhookFormValues): CreateWebhookInput {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    url: values.url.trim(),
    // The choices come from the server's own event list.
    events: values.events as CreateWebhookInput["events"],
  };
}
