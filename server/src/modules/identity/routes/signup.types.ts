import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sample, sampleAuthResult } from "../../../trpc/openapi/examples.js";
import { emailSchema, passwordSchema } from "./auth-views.types.js";

export const signupInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1, "Display name is required").max(100),
  invitationToken: z.string().min(16, "Invitation token is invalid").max(256).optional(),
});

export const signupMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/signup",
    tags: ["auth"],
    summary: "Create an account (a personal tenant is always created); returns tokens, user and memberships",
    description:
      "With an invitation token the new user also joins the inviting tenant (the token proves the address, so it counts as verified); a personal tenant is always created.",
    errorResponses: {
      402: "The inviting tenant's plan has no seat left",
      403: "The invitation was sent to another address",
      404: "The invitation token is invalid or expired",
      409: "An account with this email already exists (or is already a member)",
      429: "Too many sign-ups from this network",
    },
  },
  examples: {
    request: { email: "user@example.com", password: sample.password, displayName: "Jane Doe" },
    response: { ...sampleAuthResult, user: { ...sampleAuthResult.user, emailVerified: false } },
  },
} satisfies OpenApiMeta;
