import { Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { dispatchEmails } from "../../mail/services/outbox.service.js";
import { acceptInvitationInTx } from "../../tenancy/services/invitations.service.js";
import { createAccount } from "./account-creation.js";
import { issueVerificationEmail } from "./email-verification.service.js";
import { hashPassword, normalizeEmail } from "./passwords.js";
import { getProfile } from "./profile.service.js";
import { type AuthResult, openSession } from "./sessions.service.js";

export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
  /** Joins the inviting tenant too; a bad token fails the whole signup. */
  invitationToken?: string;
}

/**
 * Creates the account, its personal tenant (as owner), the invited membership if any, and a
 * session, all in one transaction.
 */
export async function signup(deps: AppDeps, input: SignupInput, origin: RequestOrigin): Promise<AuthResult> {
  await deps.rateLimits.consume("signupPerIp", origin.ip);
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    const { userId, tokens, emailIds } = await deps.db.$transaction(async (tx) => {
      const { userId } = await createAccount(
        deps,
        tx,
        { email, displayName: input.displayName, passwordHash, method: "password" },
        origin,
      );
      if (input.invitationToken) {
        await acceptInvitationInTx(deps, tx, { userId, email }, input.invitationToken, origin);
      }
      // An accepted invitation already proved the address; otherwise it gets a verification link.
      const emailIds = input.invitationToken
        ? []
        : [await issueVerificationEmail(deps, tx, { id: userId, email, displayName: input.displayName })];
      return { userId, emailIds, tokens: await openSession(deps, tx, userId, "password", origin) };
    });
    await dispatchEmails(deps, emailIds);
    return { ...tokens, ...(await getProfile(deps.db, userId)) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists");
    }
    throw error;
  }
}
