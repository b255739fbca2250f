import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const refreshInput = z.object({ refreshToken: z.string().min(1).max(512) });

export const refreshMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/refresh",
    tags: ["auth"],
    summary:
      "Exchange a refresh token for a new pair; the old one is revoked, and replaying it revokes the session",
  },
} satisfies OpenApiMeta;
