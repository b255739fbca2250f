import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DEV_KEY_FILE = fileURLToPath(new URL("../../../../../.data/webhook-secret-key", import.meta.url));

function decodeKey(value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error("WEBHOOK_SECRET_KEY must decode to 32 bytes");
  return key;
}

/**
 * The AES-256 key for webhook secrets: WEBHOOK_SECRET_KEY when set (required in production, checked
 * by loadEnv), otherwise a key generated once into .data/ so local secrets survive restarts.
 */
export function resolveWebhookSecretKey(configured: string | undefined, file = DEV_KEY_FILE): Buffer {
  if (configured) return decodeKey(configured);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // another process won the race
    }
  }
  return decodeKey(readFileSync(file, "utf8").trim());
}
