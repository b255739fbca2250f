import type { MembershipRole } from "@baseplate/db";
import { AppError, toTRPCError, validationError } from "../lib/errors.js";
import { inspectInput } from "../lib/input-inspection.js";
import { stripeFailureAsAppError } from "../modules/billing/stripe/stripe-errors.js";
import { authenticate } from "../modules/identity/services/authenticate.service.js";
import {
  requireRole,
  resolvePlatformAdmin,
  resolveTenantAccess,
} from "../modules/tenancy/services/tenant-access.service.js";
import { t } from "./init.js";

/**
 * The procedure ladder, built once. Each step narrows `ctx`:
 *   public → authed (principal) → tenant (verified membership) → role
 *   authed → apiKey (principal is an API key)
 *   authed → platformAdmin (root-tenant admin)
 * Each step also records itself in the procedure's meta (meta.ts: `principal`, `scope`); a route's
 * own `.meta()` merges into it, so the OpenAPI document and the tenant sweep read the ladder.
 */

/**
 * Every call: raw input with NUL characters or absurd nesting is refused before zod or any
 * service sees it (PostgreSQL rejects NUL in text; recursion overflows). Services throw
 * AppError; tRPC transports need TRPCError with the mapped code. A Stripe failure becomes a 503
 * (or 402 for a declined card) rather than a 500.
 */
const base = t.procedure.use(async ({ getRawInput, next }) => {
  const issue = inspectInput(await getRawInput());
  if (issue) throw toTRPCError(validationError([issue]));
  const result = await next();
  if (result.ok) return result;
  const { cause } = result.error;
  if (cause instanceof AppError) throw toTRPCError(cause);
  const upstream = stripeFailureAsAppError(cause);
  if (upstream) throw toTRPCError(upstream);
  return result;
});

export const publicProcedure = base;

export const authedProcedure = base.meta({ principal: "any" }).use(async ({ ctx, next }) => {
  const principal = await authenticate(ctx.deps, ctx.request.authorization);
  return next({ ctx: { principal, log: ctx.log.child({ principal: principal.kind }) } });
});

/** A person signed in with a session (not an API key). */
export const userProcedure = authedProcedure.meta({ principal: "user" }).use(({ ctx, next }) => {
  const { principal } = ctx;
  if (principal.kind !== "user") throw new AppError("FORBIDDEN", "This route requires a signed-in user");
  return next({ ctx: { principal } });
});

export const apiKeyProcedure = authedProcedure.meta({ principal: "apiKey" }).use(({ ctx, next }) => {
  const { principal } = ctx;
  if (principal.kind !== "apiKey") throw new AppError("FORBIDDEN", "This route requires an API key");
  return next({ ctx: { principal } });
});

export const tenantProcedure = authedProcedure.meta({ scope: "tenant" }).use(async ({ ctx, next }) => {
  const tenant = await resolveTenantAccess(ctx.deps.db, ctx.principal, ctx.request.tenantIdHeader);
  return next({ ctx: { tenant } });
});

export function roleProcedure(minimum: MembershipRole) {
  return tenantProcedure.use(({ ctx, next }) => {
    requireRole(ctx.tenant, minimum);
    return next();
  });
}

export const platformAdminProcedure = authedProcedure
  .meta({ scope: "platform" })
  .use(async ({ ctx, next }) => {
    const tenant = await resolvePlatformAdmin(ctx.deps.db, ctx.principal);
    return next({ ctx: { tenant } });
  });

/** Platform administration that mints credentials: a signed-in person, never an API key. */
export const platformAdminUserProcedure = userProcedure
  .meta({ scope: "platform" })
  .use(async ({ ctx, next }) => {
    const tenant = await resolvePlatformAdmin(ctx.deps.db, ctx.principal);
    return next({ ctx: { tenant } });
  });
