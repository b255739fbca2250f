import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { userView } from "./auth-views.types.js";

function accountMeta(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: `/${string}`,
  summary: string,
): OpenApiMeta {
  return { openapi: { method, path, tags: ["auth"], summary } } satisfies OpenApiMeta;
}

export const updateProfileInput = z.object({
  displayName: z.string().trim().min(1, "Display name is required").max(100, "Display name is too long"),
});
export const updateProfileOutput = z.object({ user: userView });
export const updateProfileMeta = accountMeta("PATCH", "/auth/me", "Update your display name");

export const listSessionsInput = z.void();
export const listSessionsOutput = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      method: z.string(),
      userAgent: z.string().nullable(),
      ipAddress: z.string().nullable(),
      createdAt: z.date(),
      lastActiveAt: z.date(),
      current: z.boolean(),
    }),
  ),
});
export const listSessionsMeta = accountMeta("GET", "/auth/sessions", "Your signed-in sessions");

export const revokeSessionInput = z.object({ sessionId: z.uuid("sessionId must be a session id (UUID)") });
export const revokeSessionMeta = accountMeta(
  "DELETE",
  "/auth/sessions/{sessionId}",
  "Sign out one of your sessions (its tokens stop working at once)",
);

export const revokeOtherSessionsInput = z.void();
export const revokeOtherSessionsOutput = z.object({ message: z.string(), count: z.number().int() });
export const revokeOtherSessionsMeta = accountMeta(
  "POST",
  "/auth/sessions/revoke-others",
  "Sign out every session except this one",
);
