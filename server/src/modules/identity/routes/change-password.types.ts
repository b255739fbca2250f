import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { passwordSchema } from "./auth-views.types.js";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(128).optional(),
  newPassword: passwordSchema,
});

export const changePasswordMeta = {
  openapi: {
    method: "POST",
    path: "/auth/change-password",
    tags: ["auth"],
    summary: "Change (or, for Google-only accounts, set) the password; other sessions are signed out",
    description:
      "If the account has a password, the current one is required; a Google-only account sets its first password without it.",
    errorResponses: { 400: "The current password is missing or wrong", 429: "Too many password changes" },
  },
  examples: {
    request: { currentPassword: "oldP@ssw0rd", newPassword: "newSecureP@ss1" },
    response: { message: "Password changed successfully" },
  },
} satisfies OpenApiMeta;
