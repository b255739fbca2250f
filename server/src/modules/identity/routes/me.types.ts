import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const meInput = z.void();

export const meMeta = {
  openapi: {
    method: "GET",
    path: "/auth/me",
    tags: ["auth"],
    summary: "The signed-in user and their tenant memberships",
  },
} satisfies OpenApiMeta;
