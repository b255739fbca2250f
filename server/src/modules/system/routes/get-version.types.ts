import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const getVersionInput = z.void();

export const getVersionOutput = z.object({
  version: z.string().describe("Server release"),
  apiVersion: z.string().describe("API contract version, also sent as X-API-Version"),
});

export const getVersionMeta = {
  openapi: {
    protect: false,
    method: "GET",
    path: "/version",
    tags: ["system"],
    summary: "Server and API version",
    description:
      "Every response also carries the API version in X-API-Version and a X-Request-ID for tracing.",
  },
  examples: { response: { version: "0.1.0", apiVersion: "1.2" } },
} satisfies OpenApiMeta;
