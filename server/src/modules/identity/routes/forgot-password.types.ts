import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { emailSchema } from "./auth-views.types.js";

export const forgotPasswordInput = z.object({ email: emailSchema });

export const forgotPasswordMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/forgot-password",
    tags: ["auth"],
    summary:
      "Email a password reset link (accounts with a password only); same answer whether or not the email exists",
  },
} satisfies OpenApiMeta;
