import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const emailTokenSchema = z.string().trim().min(1, "Token is required").max(200);

export const verifyEmailInput = z.object({ token: emailTokenSchema });

export const verifyEmailMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/verify-email",
    tags: ["auth"],
    summary: "Confirm the email address with the token from the verification email (single use, 24 hours)",
  },
} satisfies OpenApiMeta;
