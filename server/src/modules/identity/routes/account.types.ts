import { z } from "zod";
import { nextCursorOutput, pageInput } from "../../../lib/pagination.js";
import { operationMeta } from "../../../trpc/meta.js";
import { sample, sampleUser } from "../../../trpc/openapi/examples.js";
import { userView } from "./auth-views.types.js";

const accountMeta = operationMeta("auth");

export const updateProfileInput = z.object({
  displayName: z.string().trim().min(1, "Display name is required").max(100, "Display name is too long"),
});
export const updateProfileOutput = z.object({ user: userView });
export const updateProfileMeta = accountMeta("PATCH", "/auth/me", "Update your display name", {
  examples: {
    request: { displayName: "Jane Smith" },
    response: { user: { ...sampleUser, displayName: "Jane Smith" } },
  },
});

export const listSessionsInput = pageInput;
export const listSessionsOutput = z.object({
  sessions: z.array(
    z
      .object({
        id: z.string(),
        method: z.string(),
        userAgent: z.string().nullable(),
        ipAddress: z.string().nullable(),
        createdAt: z.date(),
        lastActiveAt: z.date(),
        current: z.boolean(),
      })
      .meta({ id: "Session", description: "One signed-in session (a login on one device)" }),
  ),
  nextCursor: nextCursorOutput,
});
export const listSessionsMeta = accountMeta(
  "GET",
  "/auth/sessions",
  "Your signed-in sessions: this one first, then the newest",
  {
    examples: {
      request: { limit: 50 },
      response: {
        sessions: [
          {
            id: sample.sessionId,
            method: "password",
            userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Firefox/128.0",
            ipAddress: "203.0.113.7",
            createdAt: sample.at,
            lastActiveAt: sample.later,
            current: true,
          },
        ],
        nextCursor: null,
      },
    },
  },
);

export const revokeSessionInput = z.object({ sessionId: z.uuid("sessionId must be a session id (UUID)") });
export const revokeSessionMeta = accountMeta(
  "DELETE",
  "/auth/sessions/{sessionId}",
  "Sign out one of your sessions (its tokens stop working at once)",
  {
    errorResponses: { 404: "No active session with that id" },
    examples: { request: { sessionId: sample.sessionId }, response: { message: "Session signed out" } },
  },
);

export const revokeOtherSessionsInput = z.void();
export const revokeOtherSessionsOutput = z.object({ message: z.string(), count: z.number().int() });
export const revokeOtherSessionsMeta = accountMeta(
  "POST",
  "/auth/sessions/revoke-others",
  "Sign out every session except this one",
  { examples: { response: { message: "Signed out 2 other sessions", count: 2 } } },
);
