import { Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { createAccount } from "./account-creation.js";
import { hashPassword, normalizeEmail } from "./passwords.js";
import { getProfile } from "./profile.service.js";
import { type AuthResult, openSession } from "./sessions.service.js";

export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
}

/** Creates the account, its personal tenant (as owner) and a session, all in one transaction. */
export async function signup(deps: AppDeps, input: SignupInput, origin: RequestOrigin): Promise<AuthResult> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    const { userId, tokens } = await deps.db.$transaction(async (tx) => {
      const { userId } = await createAccount(
        deps,
        tx,
        { email, displayName: input.displayName, passwordHash, method: "password" },
        origin,
      );
      return { userId, tokens: await openSession(deps, tx, userId, "password", origin) };
    });
    return { ...tokens, ...(await getProfile(deps.db, userId)) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists");
    }
    throw error;
  }
}
