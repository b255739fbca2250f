import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { emailSchema } from "./auth-views.types.js";

export const resendVerificationInput = z.object({ email: emailSchema });

export const resendVerificationMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/resend-verification",
    tags: ["auth"],
    summary:
      "Send a new verification email; one request per 60 seconds per address; same answer whether or not the email exists",
    errorResponses: { 429: "One request per 60 seconds per address, and a limit per network" },
  },
  examples: {
    request: { email: "user@example.com" },
    response: { message: "If the email exists, a verification link has been sent" },
  },
} satisfies OpenApiMeta;
