import { adminModule } from "./admin/admin.module.js";
import { adminMoneyModule } from "./admin-money/admin-money.module.js";
import { adminPeopleModule } from "./admin-people/admin-people.module.js";
import type { AppModule } from "./app-module.js";
import { auditModule } from "./audit/audit.module.js";
import { billingModule } from "./billing/billing.module.js";
import { configModule } from "./config/config.module.js";
import { identityModule } from "./identity/identity.module.js";
import { mailModule } from "./mail/mail.module.js";
import { messagesModule } from "./messages/messages.module.js";
import { operationsModule } from "./operations/operations.module.js";
import { rateLimitModule } from "./rate-limit/rate-limit.module.js";
import { systemModule } from "./system/system.module.js";
import { tenancyModule } from "./tenancy/tenancy.module.js";
import { webhooksModule } from "./webhooks/webhooks.module.js";

/** The one list of what the app is made of; router, jobs, HTTP routes, OpenAPI and limits come from here. */
export const MODULES = [
  systemModule,
  identityModule,
  tenancyModule,
  adminModule,
  messagesModule,
  mailModule,
  rateLimitModule,
  billingModule,
  webhooksModule,
  operationsModule,
  configModule,
  auditModule,
  adminPeopleModule,
  adminMoneyModule,
] as const satisfies readonly AppModule[];

/** The same list, each seen through the AppModule contract (what the app assembles). */
export const APP_MODULES: readonly AppModule[] = MODULES;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type Module = (typeof MODULES)[number];

type RoutersOf<M> = M extends { routers: infer R } ? R : never;
type LimitsOf<M> = M extends { rateLimits: (...args: never[]) => infer L } ? L : never;

/** Every module's tRPC namespaces, as one record (the root router's shape). */
export type ModuleRouters = UnionToIntersection<RoutersOf<Module>>;

/** Every rate limit's name, across modules. */
export type RateLimitName = keyof UnionToIntersection<LimitsOf<Module>>;
