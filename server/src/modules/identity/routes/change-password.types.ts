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
  },
} satisfies OpenApiMeta;
