import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sample } from "../../../trpc/openapi/examples.js";
import { emailTokenSchema } from "./verify-email.types.js";

export const checkResetTokenInput = z.object({ token: emailTokenSchema });
export const checkResetTokenOutput = z.object({
  valid: z.boolean(),
  expiresAt: z.date().nullable().describe("When the link stops working; null when it is not valid"),
});

/** A POST, so the token stays out of URLs and access logs. */
export const checkResetTokenMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/reset-password/check",
    tags: ["auth"],
    summary: "Whether a password reset token still works (unknown, used, expired or superseded: valid false)",
  },
  examples: {
    request: { token: "reset-token-from-email" },
    response: { valid: true, expiresAt: sample.later },
  },
} satisfies OpenApiMeta;
