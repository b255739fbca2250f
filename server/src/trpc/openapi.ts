import { generateOpenApiDocument } from "trpc-to-openapi";
import { ERROR_TABLE } from "../lib/errors.js";
import { API_VERSION } from "../lib/version.js";
import { googleSignInPaths } from "../modules/identity/http/google-routes.openapi.js";
import { appRouter } from "./router.js";

export const REST_BASE_PATH = "/api/v1";

/** Our REST errors are `{ error, code, details? }`, not the adapter's default shape: document that. */
function restErrorSchema(title: string | undefined) {
  return {
    type: "object" as const,
    title,
    properties: {
      error: { type: "string" as const, description: "Human-readable message" },
      code: {
        type: "string" as const,
        enum: Object.keys(ERROR_TABLE),
        description: "Stable machine-readable code",
      },
      details: {
        type: "array" as const,
        description: "Per-field problems, for validation errors",
        items: {
          type: "object" as const,
          properties: { field: { type: "string" as const }, message: { type: "string" as const } },
          required: ["field", "message"],
        },
      },
    },
    required: ["error", "code"],
  };
}

export function buildOpenApiDocument(publicUrl: string) {
  const document = generateOpenApiDocument(appRouter, {
    title: "Baseplate API",
    description:
      "Accounts, teams, billing, credits and webhooks. Every procedure is available over tRPC (/trpc) and REST (this document).",
    version: API_VERSION,
    baseUrl: `${publicUrl.replace(/\/$/, "")}${REST_BASE_PATH}`,
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "Access token or API key (lsk_...)" },
    },
  });
  document.paths = { ...document.paths, ...googleSignInPaths };
  const schemas = document.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (name.startsWith("error.")) schemas[name] = restErrorSchema((schema as { title?: string }).title);
  }
  return document;
}
