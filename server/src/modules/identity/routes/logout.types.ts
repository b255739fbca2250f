import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const logoutInput = z.object({ refreshToken: z.string().min(1).max(512).optional() }).optional();

export const logoutMeta = {
  openapi: {
    method: "POST",
    path: "/auth/logout",
    tags: ["auth"],
    summary: "Revoke the current access token (and the given refresh token's session)",
  },
} satisfies OpenApiMeta;
