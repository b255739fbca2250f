import { z } from "zod";
import { nextCursorOutput, pageInput } from "../../../lib/pagination.js";
import { operationMeta } from "../../../trpc/meta.js";
import { sample } from "../../../trpc/openapi/examples.js";

const tenantMeta = operationMeta("tenant");

const NOT_A_MEMBER = "That user is not a member of this tenant";

export const memberTarget = z.object({ userId: z.uuid("userId must be a user id (UUID)") });
export const messageOutput = z.object({ message: z.string() });

export const listMembersInput = pageInput;
export const listMembersOutput = z.object({
  members: z.array(
    z
      .object({
        userId: z.string(),
        email: z.string(),
        displayName: z.string(),
        role: z.enum(["owner", "admin", "user"]),
        joinedAt: z.date(),
      })
      .meta({ id: "Member", description: "A member of the current tenant" }),
  ),
  nextCursor: nextCursorOutput,
});
export const listMembersMeta = tenantMeta(
  "GET",
  "/tenant/members",
  "Members of the current tenant (any member)",
  {
    examples: {
      request: { limit: 50 },
      response: {
        members: [
          {
            userId: sample.userId,
            email: "user@example.com",
            displayName: "Jane Doe",
            role: "owner",
            joinedAt: sample.at,
          },
        ],
        nextCursor: null,
      },
    },
  },
);

export const changeRoleInput = memberTarget.extend({ role: z.enum(["admin", "user"]) });
export const changeRoleMeta = tenantMeta(
  "PUT",
  "/tenant/members/{userId}/role",
  "Change a member's role (owner only)",
  {
    description: "Sets admin or user. The owner's role changes only through an ownership transfer.",
    errorResponses: {
      404: NOT_A_MEMBER,
      409: "The target is the owner (transfer ownership instead), or the role changed meanwhile",
    },
    examples: {
      request: { userId: sample.otherUserId, role: "admin" },
      response: { message: "Role updated" },
    },
  },
);

export const removeMemberMeta = tenantMeta(
  "DELETE",
  "/tenant/members/{userId}",
  "Remove a member (not the owner, not yourself; admins remove users only)",
  {
    errorResponses: {
      404: NOT_A_MEMBER,
      409: "You cannot remove yourself or the owner, or the member changed meanwhile",
    },
    examples: { request: { userId: sample.otherUserId }, response: { message: "Member removed" } },
  },
);

export const transferOwnershipMeta = tenantMeta(
  "POST",
  "/tenant/members/{userId}/transfer-ownership",
  "Make another member the owner; the current owner becomes admin (owner only)",
  {
    description: "The target must already be a member. The previous owner cannot undo it.",
    errorResponses: { 404: NOT_A_MEMBER, 409: "You already own this tenant" },
    examples: { request: { userId: sample.otherUserId }, response: { message: "Ownership transferred" } },
  },
);
