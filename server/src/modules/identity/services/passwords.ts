import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/** The password policy, with messages a person can act on. */
export const passwordSchema = z
  .string()
  .min(8, "Password must be at least 8 characters")
  .max(128, "Password must be at most 128 characters")
  .regex(/[A-Za-z]/, "Password must contain a letter")
  .regex(/\d/, "Password must contain a number");

// argon2id (the library default) with OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

let equalizer: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown email, Google-only account) it still spends
 * one argon2 verification, so response time does not tell whether the account exists.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash) return verify(storedHash, password);
  equalizer ??= hashPassword("timing-equalizer-not-a-password-1");
  await verify(await equalizer, password);
  return false;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
