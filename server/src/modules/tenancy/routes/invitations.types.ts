import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { nextCursorOutput, pageInput } from "../../../lib/pagination.js";
import { sample, sampleMembership } from "../../../trpc/openapi/examples.js";
import { emailSchema, membershipView } from "../../identity/routes/auth-views.types.js";

const tokenInput = z.object({ token: z.string().min(16, "Invitation token is invalid").max(256) });
const role = z.enum(["owner", "admin", "user"]);
const INVALID_TOKEN = "The invitation is invalid, used, revoked or expired";
/** Accepting: the seat, the address and the membership are checked in one transaction. */
const acceptErrors = {
  402: "The tenant's plan has no seat left",
  403: "The invitation was sent to another address",
  404: INVALID_TOKEN,
  409: "You are already a member of this tenant",
};
const acceptedExample = {
  message: "Invitation accepted",
  memberships: [
    sampleMembership,
    {
      tenantId: sample.otherTenantId,
      tenantName: "Acme Corp",
      tenantSlug: "acme-corp",
      role: "user",
      isRoot: false,
    },
  ],
};

export const inviteInput = z.object({ email: emailSchema, role: z.enum(["admin", "user"]) });
export const inviteMeta = {
  openapi: {
    method: "POST",
    path: "/tenant/invitations",
    tags: ["tenant"],
    summary: "Invite someone by email (7 days; owners invite admins or users, admins invite users)",
    description:
      "An existing account gets a join link and an in-app message; a new address gets a sign-up-and-join link. Pending invitations count against the plan's user limit.",
    errorResponses: {
      402: "The tenant's plan has no seat left (members plus open invitations)",
      409: "That person is already a member of this tenant",
    },
  },
  examples: {
    request: { email: "newuser@example.com", role: "user" },
    response: { message: "Invitation sent" },
  },
} satisfies OpenApiMeta;

export const listInvitationsInput = pageInput;
export const listInvitationsOutput = z.object({
  invitations: z.array(
    z
      .object({
        id: z.string(),
        email: z.string(),
        role,
        invitedBy: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
        expiresAt: z.date(),
        createdAt: z.date(),
      })
      .meta({ id: "Invitation", description: "An open invitation to the current tenant" }),
  ),
  nextCursor: nextCursorOutput,
});
export const listInvitationsMeta = {
  openapi: {
    method: "GET",
    path: "/tenant/invitations",
    tags: ["tenant"],
    summary: "Open invitations of the current tenant (owners and admins)",
  },
  examples: {
    request: { limit: 50 },
    response: {
      invitations: [
        {
          id: sample.invitationId,
          email: "newuser@example.com",
          role: "user",
          invitedBy: { userId: sample.userId, displayName: "Jane Doe" },
          expiresAt: sample.later,
          createdAt: sample.at,
        },
      ],
      nextCursor: null,
    },
  },
} satisfies OpenApiMeta;

export const revokeInvitationInput = z.object({ invitationId: z.uuid("invitationId must be a UUID") });
export const revokeInvitationMeta = {
  openapi: {
    method: "DELETE",
    path: "/tenant/invitations/{invitationId}",
    tags: ["tenant"],
    summary: "Revoke an open invitation (admins revoke user invitations only)",
  },
  examples: {
    request: { invitationId: sample.invitationId },
    response: { message: "Invitation revoked" },
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
    errorResponses: { 404: INVALID_TOKEN },
  },
  examples: {
    request: { token: sample.invitationToken },
    response: {
      tenantName: "Jane's Team",
      email: "newuser@example.com",
      role: "user",
      inviterName: "Jane Doe",
      expiresAt: sample.later,
      accountExists: false,
    },
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
    errorResponses: acceptErrors,
  },
  examples: { request: { token: sample.invitationToken }, response: acceptedExample },
} satisfies OpenApiMeta;

export const acceptInvitationByIdInput = z.object({ invitationId: z.uuid("invitationId must be a UUID") });
export const acceptInvitationByIdMeta = {
  openapi: {
    method: "POST",
    path: "/invitations/{invitationId}/accept",
    tags: ["invitations"],
    summary:
      "Accept an invitation from its in-app message (signed in as its address); returns your updated memberships",
    errorResponses: acceptErrors,
  },
  examples: { request: { invitationId: sample.invitationId }, response: acceptedExample },
} satisfies OpenApiMeta;
