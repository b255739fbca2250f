import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from "../catalog/event-catalog.js";
import { eventTypesInput, eventTypesMeta, eventTypesOutput } from "./endpoints.types.js";
import type { WebhookScope } from "./webhook-scope.js";

export const listEventTypesRoute = (scope: WebhookScope) =>
  scope.procedure
    .meta(eventTypesMeta(scope))
    .input(eventTypesInput)
    .output(eventTypesOutput)
    .query(() => ({
      eventTypes: WEBHOOK_EVENT_TYPES.map((type) => ({
        type,
        description: WEBHOOK_EVENTS[type].description,
      })),
    }));
