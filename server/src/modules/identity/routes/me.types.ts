import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sampleMembership, sampleUser } from "../../../trpc/openapi/examples.js";

export const meInput = z.void();

export const meMeta = {
  openapi: {
    method: "GET",
    path: "/auth/me",
    tags: ["auth"],
    summary: "The signed-in user and their tenant memberships",
    description: "Use it to restore the session after login or a page reload.",
  },
  examples: { response: { user: sampleUser, memberships: [sampleMembership] } },
} satisfies OpenApiMeta;
