import { useSyncExternalStore } from "react";

/**
 * Who the browser is acting as.
 *
 * - `token` (the short-lived access token) lives in memory only: it is what every call sends, so keeping
 *   it out of storage limits what a stolen disk profile or a later XSS read of storage yields.
 * - `refreshToken` is kept in localStorage so a reload or a new tab stays signed in; it is single-use
 *   (rotated on every refresh, a replay revokes the whole session). Anything running script on this
 *   origin can read it — the accepted trade-off of a token-based SPA without a cookie endpoint.
 * - `tenantId` (the tenant picked in the switcher) is kept in localStorage as "last used".
 * - `notice` tells the login page why the user landed there ("your session ended").
 */
export interface Session {
  token: string | null;
  refreshToken: string | null;
  tenantId: string | null;
  notice: SessionNotice | null;
}

export type SessionNotice = "session-ended" | "signed-out";

export const STORAGE_KEYS = {
  refreshToken: "baseplate.refreshToken",
  tenantId: "baseplate.tenantId",
} as const;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the browser: the session then lasts as long as the tab
  }
}

export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string | null): void {
  try {
    const store = storage();
    if (!store) return;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    // Quota or privacy mode: keep working from memory.
  }
}

function initial(): Session {
  return {
    token: null,
    refreshToken: readStored(STORAGE_KEYS.refreshToken),
    tenantId: readStored(STORAGE_KEYS.tenantId),
    notice: null,
  };
}

let current: Session = initial();
const listeners = new Set<() => void>();

/** Makes `next` the session and tells every subscriber. */
function replace(next: Session): void {
  current = next;
  for (const listener of listeners) listener();
}

export function getSession(): Session {
  return current;
}

/** Merges `patch` into the session; the refresh token and tenant are written through to storage. */
export function setSession(patch: Partial<Session>): void {
  const next = { ...current, ...patch };
  if (next.refreshToken !== current.refreshToken) writeStored(STORAGE_KEYS.refreshToken, next.refreshToken);
  if (next.tenantId !== current.tenantId && next.tenantId !== null)
    writeStored(STORAGE_KEYS.tenantId, next.tenantId);
  replace(next);
}

/**
 * Signs the browser out. The last used tenant stays stored (it is only a preference, checked against the
 * next user's memberships); `notice` explains the sign-out to the login page.
 */
export function clearSession(notice: SessionNotice | null = null): void {
  setSession({ token: null, refreshToken: null, notice });
}

export function isSignedIn(session: Session): boolean {
  return session.token !== null || session.refreshToken !== null;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/**
 * Another tab rotated the refresh token or signed out: follow it, so this tab never replays a spent
 * token (which would revoke the session) and a sign-out anywhere signs out everywhere.
 */
function onStorage(event: StorageEvent): void {
  if (event.key !== STORAGE_KEYS.refreshToken) return;
  // Storage already holds the new value: only memory follows (no write back).
  if (event.newValue === null) {
    if (isSignedIn(current)) replace({ ...current, token: null, refreshToken: null, notice: "signed-out" });
  } else if (event.newValue !== current.refreshToken) {
    replace({ ...current, refreshToken: event.newValue });
  }
}

if (typeof window !== "undefined") window.addEventListener("storage", onStorage);
