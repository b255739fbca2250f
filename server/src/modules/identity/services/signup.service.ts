import { Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { insertMembership } from "../../tenancy/repositories/membership.repository.js";
import { insertTenantWithUniqueSlug } from "../../tenancy/repositories/tenant.repository.js";
import { claimRootOwnership } from "../../tenancy/services/root-tenant.service.js";
import { insertUser } from "../repositories/user.repository.js";
import { hashPassword, normalizeEmail } from "./passwords.js";
import { getProfile } from "./profile.service.js";
import { type AuthResult, openSession } from "./sessions.service.js";

export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
}

/** "Jane Doe" → "Jane's Team" / "janes-team". */
export function personalTenantName(displayName: string): { name: string; slug: string } {
  const first = displayName.trim().split(/\s+/)[0] ?? displayName;
  const name = `${first}'s Team`;
  const slug =
    name
      .toLowerCase()
      .replace(/'/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "team";
  return { name, slug: slug.slice(0, 48) };
}

/** Creates the account, its personal tenant (as owner) and a session, all in one transaction. */
export async function signup(deps: AppDeps, input: SignupInput, origin: RequestOrigin): Promise<AuthResult> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    const { userId, tokens } = await deps.db.$transaction(async (tx) => {
      const user = await insertUser(tx, { email, displayName: input.displayName.trim(), passwordHash });
      const personal = personalTenantName(user.displayName);
      const tenantId = await insertTenantWithUniqueSlug(tx, personal.name, personal.slug);
      await insertMembership(tx, user.id, tenantId, "owner");
      await claimRootOwnership(deps, tx, user.id, email, origin);
      await writeAudit(tx, { action: "auth.signup", userId: user.id, tenantId, request: origin });
      return { userId: user.id, tokens: await openSession(deps, tx, user.id, "password", origin) };
    });
    return { ...tokens, ...(await getProfile(deps.db, userId)) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists");
    }
    throw error;
  }
}
