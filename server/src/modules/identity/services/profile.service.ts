import type { DbClient, DbTx } from "@baseplate/db";
import { AppError } from "../../../lib/errors.js";
import {
  listMembershipsOfUser,
  type MembershipSummary,
} from "../../tenancy/repositories/membership.repository.js";
import { findUserById, updateDisplayName } from "../repositories/user.repository.js";

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  isActive: boolean;
  authMethods: { provider: "password" | "google" }[];
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
}

export interface Profile {
  user: UserView;
  memberships: MembershipSummary[];
}

type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

/** Password first (when set), then each linked external provider once, e.g. password + google. */
function authMethodsOf(user: UserRow): UserView["authMethods"] {
  const methods: UserView["authMethods"] = user.passwordHash ? [{ provider: "password" }] : [];
  const linked = new Set(user.identities.map((identity) => identity.provider));
  if (linked.has("google")) methods.push({ provider: "google" });
  return methods;
}

export function toUserView(user: UserRow): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    isActive: user.isActive,
    authMethods: authMethodsOf(user),
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    lastLoginAt: user.lastLoginAt,
  };
}

export async function getProfile(db: DbClient | DbTx, userId: string): Promise<Profile> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError("UNAUTHENTICATED", "Authentication required");
  return { user: toUserView(user), memberships: await listMembershipsOfUser(db, userId) };
}

export async function updateProfile(
  db: DbClient,
  userId: string,
  changes: { displayName: string },
): Promise<UserView> {
  return toUserView(await updateDisplayName(db, userId, changes.displayName));
}
