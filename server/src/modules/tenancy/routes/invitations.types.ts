import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { emailSchema, membershipView } from "../../identity/routes/auth-views.types.js";

const tenantHeader = z.object({ "x-tenant-id": z.uuid() });
const tokenInput = z.object({ token: z.string().min(16, "Invitation token is invalid").max(256) });
const role = z.enum(["owner", "admin", "user"]);

export const inviteInput = z.object({ email: emailSchema, role: z.enum(["admin", "user"]) });
export const inviteMeta = {
  openapi: {
    method: "POST",
    path: "/tenant/invitations",
    tags: ["tenant"],
    summary: "Invite someone by email (7 days; owners invite admins or users, admins invite users)",
    requestHeaders: tenantHeader,
  },
} satisfies OpenApiMeta;

export const listInvitationsInput = z.void();
export const listInvitationsOutput = z.object({
  invitations: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      role,
      invitedBy: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
      expiresAt: z.date(),
      createdAt: z.date(),
    }),
  ),
});
export const listInvitationsMeta = {
  openapi: {
    method: "GET",
    path: "/tenant/invitations",
    tags: ["tenant"],
    summary: "Open invitations of the current tenant (owners and admins)",
    requestHeaders: tenantHeader,
  },
} satisfies OpenApiMeta;

export const revokeInvitationInput = z.object({ invitationId: z.uuid("invitationId must be a UUID") });
export const revokeInvitationMeta = {
  openapi: {
    method: "DELETE",
    path: "/tenant/invitations/{invitationId}",
    tags: ["tenant"],
    summary: "Revoke an open invitation (admins revoke user invitations only)",
    requestHeaders: tenantHeader,
  },
} satisfies OpenApiMeta;

export const previewInvitationInput = tokenInput;
export const previewInvitationOutput = z.object({
  tenantName: z.string(),
  email: z.string(),
  role,
  inviterName: z.string().nullable(),
  expiresAt: z.date(),
  accountExists: z.boolean(),
});
export const previewInvitationMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/invitations/preview",
    tags: ["invitations"],
    summary: "What an invitation token is for (tenant, role, address), before signing up or accepting",
  },
} satisfies OpenApiMeta;

export const acceptInvitationInput = tokenInput;
export const acceptInvitationOutput = z.object({
  message: z.string(),
  memberships: z.array(membershipView),
});
export const acceptInvitationMeta = {
  openapi: {
    method: "POST",
    path: "/invitations/accept",
    tags: ["invitations"],
    summary: "Accept an invitation sent to your address; returns your updated memberships",
  },
} satisfies OpenApiMeta;
