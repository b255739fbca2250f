import type { inferInput, inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../lib/trpc";

/** `trpc.webhooks` and `trpc.adminWebhooks` are built from one router: one type serves both. */
export type WebhookApi = Api["webhooks"];

export type WebhookListItem = inferOutput<WebhookApi["list"]>["webhooks"][number];
export type WebhookDetail = inferOutput<WebhookApi["get"]>;
export type Webhook = WebhookDetail["webhook"];
export type Attempt = WebhookDetail["deliveries"][number];
export type Health = WebhookListItem["health"];
export type TestResult = inferOutput<WebhookApi["test"]>["delivery"];
export type Delivery = inferOutput<WebhookApi["deliveries"]>["deliveries"][number];
export type DeliveryDetail = inferOutput<WebhookApi["delivery"]>;
export type DeliveryStatus = Delivery["status"];
/** The input is optional (`void | {…}`): the object part. */
export type DeliveriesInput = Extract<inferInput<WebhookApi["deliveries"]>, object>;
export type CreateWebhookInput = inferInput<WebhookApi["create"]>;
