import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { randomToken } from "./crypto.js";

const DEV_SECRET_FILE = fileURLToPath(new URL("../../../.data/jwt-secret", import.meta.url));

/**
 * JWT_SECRET when configured (required in production). Otherwise a secret generated once and kept
 * in .data/, so local sessions survive restarts without any setup.
 */
export function resolveJwtSecret(configured: string | undefined, file = DEV_SECRET_FILE): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomToken(48), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // another process won the race
    }
  }
  return new TextEncoder().encode(readFileSync(file, "utf8").trim());
}
