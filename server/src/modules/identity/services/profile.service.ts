import type { DbClient, DbTx } from "@baseplate/db";
import { AppError } from "../../../lib/errors.js";
import {
  listMembershipsOfUser,
  type MembershipSummary,
} from "../../tenancy/repositories/membership.repository.js";
import { findUserById } from "../repositories/user.repository.js";

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

export function toUserView(user: UserRow): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    isActive: user.isActive,
    authMethods: user.passwordHash ? [{ provider: "password" }] : [],
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
