import { generateOpenApiDocument } from "trpc-to-openapi";
import { API_VERSION } from "../lib/version.js";
import { appRouter } from "./router.js";

export const REST_BASE_PATH = "/api/v1";

export function buildOpenApiDocument(publicUrl: string) {
  return generateOpenApiDocument(appRouter, {
    title: "Baseplate API",
    description:
      "Accounts, teams, billing, credits and webhooks. Every procedure is available over tRPC (/trpc) and REST (this document).",
    version: API_VERSION,
    baseUrl: `${publicUrl.replace(/\/$/, "")}${REST_BASE_PATH}`,
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "Access token or API key (lsk_...)" },
    },
  });
}
