import { randomToken, sha256Hex } from "../../../lib/crypto.js";

export const API_KEY_PREFIX = "lsk_";

/** `lsk_` + 43 URL-safe characters (32 random bytes). */
export function generateApiKey(): { raw: string; hash: string; preview: string } {
  const raw = `${API_KEY_PREFIX}${randomToken(32)}`;
  return { raw, hash: sha256Hex(raw), preview: raw.slice(-8) };
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}
