import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** `whsec_` + 32 base64 characters (24 random bytes), as Standard Webhooks receivers expect. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** The last 8 characters, as the seed shows it (and as API keys are previewed). */
export function secretPreview(secret: string): string {
  return secret.slice(-8);
}

/** AES-256-GCM; stored as `iv.tag.ciphertext` in base64url. */
export function encryptSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url")).join(".");
}

export function decryptSecret(key: Buffer, stored: string): string {
  const [iv, tag, ciphertext] = stored.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !ciphertext) throw new Error("Malformed encrypted webhook secret");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
}
