import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sample } from "../../../trpc/openapi/examples.js";

export const emailTokenSchema = z.string().trim().min(1, "Token is required").max(200);

export const verifyEmailInput = z.object({ token: emailTokenSchema });

export const verifyEmailMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/verify-email",
    tags: ["auth"],
    summary: "Confirm the email address with the token from the verification email (single use, 24 hours)",
    errorResponses: { 400: "The link is invalid, used or expired" },
  },
  examples: { request: { token: sample.emailToken }, response: { message: "Email verified successfully" } },
} satisfies OpenApiMeta;
