import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sample, sampleAuthResult } from "../../../trpc/openapi/examples.js";

export const refreshInput = z.object({ refreshToken: z.string().min(1).max(512) });

export const refreshMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/refresh",
    tags: ["auth"],
    summary:
      "Exchange a refresh token for a new pair; the old one is revoked, and replaying it revokes the session",
    description:
      "Use it when the access token expires. Each refresh token works once; presenting a used one signs the whole session out.",
    errorResponses: {
      401: "The refresh token is invalid, expired, already used or its session was signed out",
    },
  },
  examples: { request: { refreshToken: sample.refreshToken }, response: sampleAuthResult },
} satisfies OpenApiMeta;
