import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const providersInput = z.void();

export const providersOutput = z.object({
  google: z
    .boolean()
    .describe("Google sign-in is configured: show the button, which navigates to /auth/google"),
});

export const providersMeta = {
  openapi: {
    protect: false,
    method: "GET",
    path: "/auth/providers",
    tags: ["auth"],
    summary: "Which sign-in methods besides email + password this server offers",
  },
  examples: { response: { google: true } },
} satisfies OpenApiMeta;
