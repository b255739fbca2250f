import { z } from "zod";
import { operationMeta } from "../../../trpc/meta.js";
import { sample, sampleMembership } from "../../../trpc/openapi/examples.js";
import { membershipView } from "../../identity/routes/auth-views.types.js";

const tenantsMeta = operationMeta("tenant");

const sampleTenant = {
  id: sample.tenantId,
  name: "Jane's Team",
  slug: "janes-team",
  isRoot: false,
  role: "owner",
  memberCount: 3,
  createdAt: sample.at,
};

const tenantName = z
  .string("Name is required")
  .trim()
  .min(1, "Name is required")
  .max(100, "Name must be at most 100 characters")
  .regex(/^[^\p{Cc}]*$/u, "Name must not contain control characters");

export const tenantView = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  isRoot: z.boolean(),
  role: z.enum(["owner", "admin", "user"]).describe("Your role in this tenant"),
  memberCount: z.number().int(),
  createdAt: z.date(),
});
export const tenantOutput = z.object({ tenant: tenantView });

export const createTenantInput = z.object({ name: tenantName });
export const createTenantOutput = z.object({ tenant: membershipView });
export const createTenantMeta = tenantsMeta(
  "POST",
  "/tenants",
  "Create a team you own (at most 20 per account); act in it with X-Tenant-ID",
  {
    errorResponses: { 409: "You already own the most teams an account may create" },
    examples: {
      request: { name: "Acme Corp" },
      response: { tenant: { ...sampleMembership, tenantName: "Acme Corp", tenantSlug: "acme-corp" } },
    },
  },
);

export const currentTenantInput = z.void();
export const currentTenantMeta = tenantsMeta(
  "GET",
  "/tenant",
  "The current tenant: name, slug, your role, member count (any member)",
  { examples: { response: { tenant: sampleTenant } } },
);

export const renameTenantInput = z.object({ name: tenantName });
export const renameTenantMeta = tenantsMeta(
  "PATCH",
  "/tenant",
  "Rename the current tenant; the slug stays (owners and admins)",
  {
    examples: {
      request: { name: "Jane's Studio" },
      response: { tenant: { ...sampleTenant, name: "Jane's Studio" } },
    },
  },
);

export const leaveTenantInput = z.void();
export const leaveTenantOutput = z.object({ message: z.string() });
export const leaveTenantMeta = tenantsMeta(
  "POST",
  "/tenant/leave",
  "Leave the current tenant (not the owner: transfer ownership first)",
  {
    errorResponses: { 409: "The owner cannot leave: transfer ownership first" },
    examples: { response: { message: "You left the tenant" } },
  },
);
