import type { SecuritySchemeObject } from "trpc-to-openapi";
import type { LadderMeta } from "../meta.js";

export const securitySchemes: Record<string, SecuritySchemeObject> = {
  accessToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "Access token from /auth/signup, /auth/login or /auth/refresh, sent as `Authorization: Bearer <token>`",
  },
  apiKey: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "lsk_...",
    description:
      "API key from /admin/api-keys (`lsk_...`), also sent as `Authorization: Bearer lsk_...`. Admin keys act in " +
      "the platform tenant; user keys need X-Tenant-ID and act with at most the user role.",
  },
};

/** Which credentials an operation accepts, from the ladder step it is built on (either one, OR). */
export function securityFor(meta: LadderMeta): Record<string, string[]>[] | undefined {
  switch (meta.principal) {
    case "any":
      return [{ accessToken: [] }, { apiKey: [] }];
    case "user":
      return [{ accessToken: [] }];
    case "apiKey":
      return [{ apiKey: [] }];
    default:
      return undefined;
  }
}

export const TENANT_HEADER = "X-Tenant-ID";
export const tenantHeaderParameterName = "TenantId";

export const tenantHeaderParameter = {
  name: TENANT_HEADER,
  in: "header" as const,
  required: false,
  description:
    "The tenant to act in. Required for access tokens and user API keys; admin API keys default to the platform tenant.",
  schema: { type: "string" as const, format: "uuid" },
};
