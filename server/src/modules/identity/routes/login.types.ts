import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sampleAuthResult } from "../../../trpc/openapi/examples.js";
import { emailSchema } from "./auth-views.types.js";

export const loginInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Password is required").max(128),
});

export const loginMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/auth/login",
    tags: ["auth"],
    summary: "Sign in with email and password (locked for 15 minutes after 5 consecutive failures)",
    description:
      "Returns a JWT access token and a single-use refresh token, with the user and their memberships.",
    errorResponses: {
      401: "Wrong email or password",
      403: "This account has been deactivated",
      429: "Too many attempts from this network, or the account is locked for 15 minutes after 5 failures",
    },
  },
  examples: { request: { email: "user@example.com", password: "secureP@ss1" }, response: sampleAuthResult },
} satisfies OpenApiMeta;
