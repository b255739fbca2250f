import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const getStatusInput = z.void();

export const getStatusOutput = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  apiVersion: z.string(),
  node: z.string().describe("Id of the API node that answered (platform admins only)").optional(),
  uptimeSeconds: z.number().int().describe("Platform admins only").optional(),
  checks: z
    .object({
      database: z.object({
        ok: z.boolean(),
        latencyMs: z.number(),
        embedded: z.boolean().describe("True when running on the embedded PostgreSQL default"),
        error: z.string().optional(),
      }),
      jobs: z.object({ ok: z.boolean(), workers: z.enum(["running", "disabled"]) }),
    })
    .describe("Dependency checks (platform admins only)")
    .optional(),
});

export const getStatusMeta = {
  openapi: {
    protect: false,
    method: "GET",
    path: "/status",
    tags: ["system"],
    summary:
      "Service status: ok or degraded for anyone; node, uptime and dependency checks for platform admins",
  },
  examples: {
    response: {
      status: "ok",
      version: "0.1.0",
      apiVersion: "1.2",
      node: "api-1",
      uptimeSeconds: 3600,
      checks: {
        database: { ok: true, latencyMs: 1.2, embedded: false },
        jobs: { ok: true, workers: "running" },
      },
    },
  },
} satisfies OpenApiMeta;
