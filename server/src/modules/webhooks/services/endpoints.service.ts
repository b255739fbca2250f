import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { isWebhookEventType } from "../catalog/event-catalog.js";
import {
  type EndpointChanges,
  findEndpoint,
  insertEndpoint,
  replaceEndpointSecret,
  softDeleteEndpoint,
  updateEndpointRow,
} from "../repositories/endpoint.repository.js";
import { decryptSecret, encryptSecret, generateWebhookSecret, secretPreview } from "./secrets.js";
import { assertAllowedWebhookUrl } from "./ssrf-guard.js";
import { targetPolicy } from "./target-policy.js";

/** Who acts, in which tenant: every webhook service is scoped by this tenant id. */
export interface WebhookActor {
  tenantId: string;
  actorId: string | null;
  origin?: RequestOrigin;
}

export interface EndpointInput {
  name: string;
  description?: string;
  url: string;
  events: string[];
}

function checkEvents(events: string[]): string[] {
  const unknown = events.filter((type) => !isWebhookEventType(type));
  if (unknown.length > 0)
    throw new AppError("VALIDATION_FAILED", `Unknown event types: ${unknown.join(", ")}`);
  if (events.length === 0) throw new AppError("VALIDATION_FAILED", "Subscribe to at least one event type");
  return [...new Set(events)];
}

function audit(
  actor: WebhookActor,
  action: string,
  endpointId: string,
  metadata: Record<string, string | number> = {},
) {
  return {
    action: `webhooks.${action}`,
    userId: actor.actorId,
    tenantId: actor.tenantId,
    metadata: { endpointId, ...metadata },
    ...(actor.origin ? { request: actor.origin } : {}),
  };
}

const NOT_FOUND = "Webhook not found";

/** Creates an endpoint with a new `whsec_` secret; the secret is returned (and readable later). */
export async function createEndpoint(deps: AppDeps, actor: WebhookActor, input: EndpointInput) {
  const url = assertAllowedWebhookUrl(input.url, targetPolicy(deps.env)).toString();
  const events = checkEvents(input.events);
  const secret = generateWebhookSecret();
  const endpoint = await deps.db.$transaction(async (tx) => {
    const created = await insertEndpoint(tx, {
      tenantId: actor.tenantId,
      name: input.name,
      description: input.description ?? "",
      url,
      events,
      secretEncrypted: encryptSecret(deps.webhookSecretKey, secret),
      secretPreview: secretPreview(secret),
      createdById: actor.actorId,
    });
    await writeAudit(tx, audit(actor, "endpoint_created", created.id, { url }));
    return created;
  });
  return { ...endpoint, secret };
}

/** The endpoint with its secret in clear (owners and admins read it from the detail route). */
export async function getEndpoint(deps: AppDeps, tenantId: string, endpointId: string) {
  const found = await findEndpoint(deps.db, tenantId, endpointId);
  if (!found) throw new AppError("NOT_FOUND", NOT_FOUND);
  const { secretEncrypted, ...endpoint } = found;
  return { ...endpoint, secret: decryptSecret(deps.webhookSecretKey, secretEncrypted) };
}

/** Changes config; the secret stays. `isActive: true` re-enables a disabled endpoint. */
export async function updateEndpoint(
  deps: AppDeps,
  actor: WebhookActor,
  endpointId: string,
  input: Partial<EndpointInput> & { isActive?: boolean },
) {
  const changes: EndpointChanges = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.description !== undefined) changes.description = input.description;
  if (input.url !== undefined)
    changes.url = assertAllowedWebhookUrl(input.url, targetPolicy(deps.env)).toString();
  if (input.events !== undefined) changes.events = checkEvents(input.events);
  if (input.isActive !== undefined) changes.isActive = input.isActive;
  await deps.db.$transaction(async (tx) => {
    if (!(await updateEndpointRow(tx, actor.tenantId, endpointId, changes)))
      throw new AppError("NOT_FOUND", NOT_FOUND);
    await writeAudit(
      tx,
      audit(actor, "endpoint_updated", endpointId, { fields: Object.keys(changes).join(",") }),
    );
  });
  return getEndpoint(deps, actor.tenantId, endpointId);
}

/** Soft delete: no new deliveries from now on, and waiting ones end dead at their next attempt. */
export async function deleteEndpoint(deps: AppDeps, actor: WebhookActor, endpointId: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    if (!(await softDeleteEndpoint(tx, actor.tenantId, endpointId, deps.clock.now())))
      throw new AppError("NOT_FOUND", NOT_FOUND);
    await writeAudit(tx, audit(actor, "endpoint_deleted", endpointId));
  });
}

/** A new secret at once; the old one signs nothing from now on. */
export async function rotateSecret(deps: AppDeps, actor: WebhookActor, endpointId: string) {
  const secret = generateWebhookSecret();
  await deps.db.$transaction(async (tx) => {
    const replaced = await replaceEndpointSecret(tx, actor.tenantId, endpointId, {
      secretEncrypted: encryptSecret(deps.webhookSecretKey, secret),
      secretPreview: secretPreview(secret),
    });
    if (!replaced) throw new AppError("NOT_FOUND", NOT_FOUND);
    await writeAudit(tx, { ...audit(actor, "secret_rotated", endpointId), severity: "high" });
  });
  return { secret, secretPreview: secretPreview(secret) };
}
