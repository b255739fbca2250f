import { z } from "zod";
import { passwordSchema } from "../services/passwords.js";

export const emailSchema = z.email("Enter a valid email address").max(254);
export { passwordSchema };

export const membershipView = z
  .object({
    tenantId: z.string(),
    tenantName: z.string(),
    tenantSlug: z.string(),
    role: z.enum(["owner", "admin", "user"]),
    isRoot: z.boolean(),
  })
  .meta({ id: "Membership", description: "Your role in one tenant" });

export const userView = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    emailVerified: z.boolean(),
    isActive: z.boolean(),
    authMethods: z.array(z.object({ provider: z.enum(["password", "google"]) })),
    createdAt: z.date(),
    updatedAt: z.date(),
    lastLoginAt: z.date().nullable(),
  })
  .meta({ id: "User", description: "A person's account" });

export const profileOutput = z.object({ user: userView, memberships: z.array(membershipView) });

export const authResultOutput = profileOutput.extend({
  accessToken: z.string().describe("JWT, sent as `Authorization: Bearer <token>`"),
  refreshToken: z.string().describe("Single-use; exchange at /auth/refresh for a new pair"),
});

export const messageOutput = z.object({ message: z.string() });
