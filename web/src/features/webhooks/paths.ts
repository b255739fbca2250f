/** Where a set of webhook pages lives: /app/webhooks (a team's) or /admin/webhooks (the platform's). */
export interface WebhookPaths {
  list: string;
  deliveries: string;
  detail: (webhookId: string) => string;
  /** The delivery log, filtered to one webhook. */
  deliveriesOf: (webhookId: string) => string;
}

export function webhookPaths(basePath: string): WebhookPaths {
  const deliveries = `${basePath}/deliveries`;
  return {
    list: basePath,
    deliveries,
    detail: (webhookId) => `${basePath}/${encodeURIComponent(webhookId)}`,
    deliveriesOf: (webhookId) => `${deliveries}?${new URLSearchParams({ webhookId })}`,
  };
}

export type WebhookSection = "endpoints" | "deliveries";

/** The tab a path belongs to: the delivery log, or the endpoints (list and every detail page). */
export function webhookSection(pathname: string, paths: Pick<WebhookPaths, "deliveries">): WebhookSection {
  const path = pathname.replace(/\/+$/, "");
  return path === paths.deliveries || path.startsWith(`${paths.deliveries}/`) ? "deliveries" : "endpoints";
}
