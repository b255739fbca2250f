import { type DbTx, Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { findUserByEmail, findUserById, markEmailVerified } from "../repositories/user.repository.js";
import { findUserIdByIdentity, insertUserIdentity } from "../repositories/user-identity.repository.js";
import { createAccount } from "./account-creation.js";
import { GoogleSignInFailure } from "./google-oidc.js";
import { normalizeEmail } from "./passwords.js";
import { type AuthTokens, signIn } from "./sessions.service.js";

const PROVIDER = "google";

/** What we take from a validated Google ID token. */
export interface GoogleIdentity {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

function displayNameFor(identity: GoogleIdentity, email: string): string {
  const name = identity.name?.trim();
  const fallback = email.split("@")[0] || email;
  return (name || fallback).slice(0, 100);
}

/** The address to link by or create with: only one Google has verified may claim an account. */
function verifiedEmail(identity: GoogleIdentity): string {
  if (!identity.email || !identity.emailVerified) {
    throw new GoogleSignInFailure(
      "google_email_unverified",
      "The Google account's email address is not verified",
    );
  }
  return normalizeEmail(identity.email);
}

function deactivated(): GoogleSignInFailure {
  return new GoogleSignInFailure("account_deactivated", "The account is deactivated");
}

async function requireActive(tx: DbTx, userId: string): Promise<void> {
  const user = await findUserById(tx, userId);
  if (!user?.isActive) throw deactivated();
}

/**
 * Finds the account for this Google identity — by its linked subject, else by an email both
 * Google and we have verified (linking it), else a new account with a personal tenant — and
 * opens a session, in one transaction.
 */
async function signInOnce(
  deps: AppDeps,
  identity: GoogleIdentity,
  origin: RequestOrigin,
): Promise<AuthTokens> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    let userId = await findUserIdByIdentity(tx, PROVIDER, identity.subject);
    if (userId) {
      await requireActive(tx, userId);
    } else {
      const email = verifiedEmail(identity);
      const existing = await findUserByEmail(tx, email);
      if (existing) {
        if (!existing.isActive) throw deactivated();
        // An address nobody proved may belong to whoever signed up with it first: linking would
        // hand the Google user an account whose password someone else may know.
        if (!existing.emailVerifiedAt) {
          throw new GoogleSignInFailure(
            "google_account_unverified",
            "An account with this email exists but its address was never verified",
          );
        }
        userId = existing.id;
        await insertUserIdentity(tx, { userId, provider: PROVIDER, subject: identity.subject, email });
        await markEmailVerified(tx, userId, now);
        await writeAudit(tx, {
          action: "auth.google_linked",
          message: "A Google account was linked by its verified email address",
          userId,
          metadata: { subject: identity.subject, email },
          request: origin,
        });
      } else {
        const created = await createAccount(
          deps,
          tx,
          {
            email,
            displayName: displayNameFor(identity, email),
            passwordHash: null,
            emailVerifiedAt: now,
            method: "google",
          },
          origin,
        );
        userId = created.userId;
        await insertUserIdentity(tx, { userId, provider: PROVIDER, subject: identity.subject, email });
      }
    }
    return signIn(deps, tx, userId, "google", origin);
  });
}

/**
 * Two callbacks for the same new identity may race: the unique constraints (User.email,
 * UserIdentity(provider, subject)) let exactly one create or link; the loser's transaction
 * rolls back with P2002 and its retry finds what the winner committed.
 */
export async function signInWithGoogleIdentity(
  deps: AppDeps,
  identity: GoogleIdentity,
  origin: RequestOrigin,
): Promise<AuthTokens> {
  try {
    return await signInOnce(deps, identity, origin);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return signInOnce(deps, identity, origin);
    }
    throw error;
  }
}
