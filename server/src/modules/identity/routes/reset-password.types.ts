import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { passwordSchema } from "./auth-views.types.js";
import { emailTokenSchema } from "./verify-email.types.js";

export const resetPasswordInput = z.object({ token: emailTokenSchema, newPassword: passwordSchema });

export const resetPasswordMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/reset-password",
    tags: ["auth"],
    summary:
      "Set a new password with the token from the reset email (single use, 1 hour); signs out every session",
    errorResponses: { 400: "The link is invalid, used or expired" },
  },
  examples: {
    request: { token: "reset-token-from-email", newPassword: "newSecureP@ss1" },
    response: { message: "Password reset successfully" },
  },
} satisfies OpenApiMeta;
