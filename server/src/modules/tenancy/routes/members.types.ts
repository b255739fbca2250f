import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

function tenantMeta(
  method: "GET" | "PUT" | "POST" | "DELETE",
  path: `/${string}`,
  summary: string,
): OpenApiMeta {
  return {
    openapi: {
      method,
      path,
      tags: ["tenant"],
      summary,
      requestHeaders: z.object({ "x-tenant-id": z.uuid() }),
    },
  } satisfies OpenApiMeta;
}

export const memberTarget = z.object({ userId: z.uuid("userId must be a user id (UUID)") });
export const messageOutput = z.object({ message: z.string() });

export const listMembersInput = z.void();
export const listMembersOutput = z.object({
  members: z.array(
    z.object({
      userId: z.string(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(["owner", "admin", "user"]),
      joinedAt: z.date(),
    }),
  ),
});
export const listMembersMeta = tenantMeta(
  "GET",
  "/tenant/members",
  "Members of the current tenant (any member)",
);

export const changeRoleInput = memberTarget.extend({ role: z.enum(["admin", "user"]) });
export const changeRoleMeta = tenantMeta(
  "PUT",
  "/tenant/members/{userId}/role",
  "Change a member's role (owner only)",
);

export const removeMemberMeta = tenantMeta(
  "DELETE",
  "/tenant/members/{userId}",
  "Remove a member (not the owner, not yourself; admins remove users only)",
);

export const transferOwnershipMeta = tenantMeta(
  "POST",
  "/tenant/members/{userId}/transfer-ownership",
  "Make another member the owner; the current owner becomes admin (owner only)",
);
