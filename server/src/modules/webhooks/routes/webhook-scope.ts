import type { OpenApiMethod } from "trpc-to-openapi";
import type { OperationDocs, ProcedureMeta } from "../../../trpc/meta.js";
import { operationMeta } from "../../../trpc/meta.js";
import { platformAdminProcedure, roleProcedure } from "../../../trpc/procedures.js";
import type { WebhookActor } from "../services/endpoints.service.js";

/**
 * Where a set of webhook routes acts: a tenant's owners and admins manage the tenant named by
 * X-Tenant-ID (/webhooks/…); platform admins manage the root tenant's (/admin/webhooks/…, the
 * seed's admin routes). The same procedures serve both, built once per scope.
 */
export interface WebhookScope {
  procedure: typeof platformAdminProcedure;
  /** `meta("GET", "/endpoints", …)` → the operation at `<prefix>/endpoints`. */
  meta(method: OpenApiMethod, path: `/${string}`, summary: string, docs?: OperationDocs): ProcedureMeta;
}

function scope(procedure: typeof platformAdminProcedure, tag: string, prefix: `/${string}`): WebhookScope {
  const tagged = operationMeta(tag);
  return {
    procedure,
    meta: (method, path, summary, docs) => tagged(method, `${prefix}${path}`, summary, docs),
  };
}

export const tenantWebhookScope = scope(roleProcedure("admin"), "webhooks", "/webhooks");
export const platformWebhookScope = scope(platformAdminProcedure, "admin-webhooks", "/admin/webhooks");

/** The service's view of "this caller, acting in this tenant". */
export function webhookActor(ctx: {
  tenant: { tenantId: string };
  principal: { userId: string };
  request: WebhookActor["origin"];
}): WebhookActor {
  return { tenantId: ctx.tenant.tenantId, actorId: ctx.principal.userId, origin: ctx.request };
}
