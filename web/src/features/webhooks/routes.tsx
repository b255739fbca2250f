import type { RouteObject } from "react-router";
import { DeliveriesPage } from "./DeliveriesPage";
import type { WebhookScopeName } from "./scope";
import { WebhookArea } from "./WebhookArea";
import { WebhookDetailPage } from "./WebhookDetailPage";
import { WebhooksPage } from "./WebhooksPage";

/** webhooks, webhooks/deliveries and webhooks/:webhookId, under /app (the team's) or /admin (the platform's). */
export function webhookRoutes(scope: WebhookScopeName): RouteObject {
  return {
    path: "webhooks",
    element: <WebhookArea scope={scope} />,
    children: [
      { index: true, element: <WebhooksPage /> },
      { path: "deliveries", element: <DeliveriesPage /> },
      { path: ":webhookId", element: <WebhookDetailPage /> },
    ],
  };
}
