import { generateOpenApiDocument } from "trpc-to-openapi";
import { API_VERSION } from "../lib/version.js";
import { APP_MODULES } from "../modules/index.js";
import { errorSchemas } from "./openapi/errors.js";
import { describeOperations } from "./openapi/operations.js";
import { documentedProcedures } from "./openapi/procedures.js";
import { securitySchemes, tenantHeaderParameter, tenantHeaderParameterName } from "./openapi/security.js";
import { markTimestamps } from "./openapi/timestamps.js";
import { appRouter } from "./router.js";

export const REST_BASE_PATH = "/api/v1";

const DESCRIPTION = `Accounts, teams, billing, credits and webhooks. Every procedure is available over tRPC (/trpc) and REST (this document).

Send credentials as \`Authorization: Bearer <token>\`: an access token (JWT) from sign-up, login or refresh, or an API key (\`lsk_...\`). Tenant-scoped operations act in the tenant named by the \`X-Tenant-ID\` header; admin API keys default to the platform tenant, user API keys and access tokens must name it. Errors are \`{ "error", "code", "details"? }\` with a stable code; every response carries X-Request-ID and X-API-Version.`;

export function buildOpenApiDocument(publicUrl: string) {
  const procedures = documentedProcedures();
  markTimestamps(procedures.flatMap((procedure) => [...procedure.inputs, procedure.output]));
  const document = generateOpenApiDocument(appRouter, {
    title: "Baseplate API",
    description: DESCRIPTION,
    version: API_VERSION,
    baseUrl: `${publicUrl.replace(/\/$/, "")}${REST_BASE_PATH}`,
    securitySchemes,
  });
  for (const module of APP_MODULES) document.paths = { ...document.paths, ...module.openApiPaths };
  describeOperations(document, procedures);
  const schemas = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).filter(([name]) => !name.startsWith("error.")),
  );
  document.components = {
    ...document.components,
    schemas: { ...schemas, ...errorSchemas() },
    parameters: { ...document.components?.parameters, [tenantHeaderParameterName]: tenantHeaderParameter },
  };
  const webhooks = Object.assign({}, ...APP_MODULES.map((module) => module.openApiWebhooks?.() ?? {}));
  Object.assign(document, { webhooks });
  document.tags = APP_MODULES.flatMap((module) => module.openApiTags ?? []);
  return document;
}
