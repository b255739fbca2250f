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
    errorResponses: { 429: "Too many requests for this address or from this network" },
  },
  examples: {
    request: { email: "user@example.com" },
    response: { message: "If the email exists, a password reset link has been sent" },
  },
} satisfies OpenApiMeta;
