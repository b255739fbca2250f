import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sample } from "../../../trpc/openapi/examples.js";

export const logoutInput = z.object({ refreshToken: z.string().min(1).max(512).optional() }).optional();

export const logoutMeta = {
  openapi: {
    method: "POST",
    path: "/auth/logout",
    tags: ["auth"],
    summary: "Revoke the current access token (and the given refresh token's session)",
  },
  examples: {
    request: { refreshToken: sample.refreshToken },
    response: { message: "Logged out successfully" },
  },
} satisfies OpenApiMeta;
