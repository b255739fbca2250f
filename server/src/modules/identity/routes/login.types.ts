import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
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
  },
} satisfies OpenApiMeta;
