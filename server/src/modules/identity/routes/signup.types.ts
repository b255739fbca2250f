import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
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
  },
} satisfies OpenApiMeta;
