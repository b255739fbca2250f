import { useSyncExternalStore } from "react";

/**
 * Who the browser is acting as. Identity fills `token` after login; the tenant switcher sets `tenantId`.
 * Kept in memory only for now: persistence belongs to the identity feature.
 */
export interface Session {
  token: string | null;
  tenantId: string | null;
}

const EMPTY: Session = { token: null, tenantId: null };

let current: Session = EMPTY;
const listeners = new Set<() => void>();

export function getSession(): Session {
  return current;
}

export function setSession(patch: Partial<Session>): void {
  current = { ...current, ...patch };
  for (const listener of listeners) listener();
}

export function clearSession(): void {
  setSession(EMPTY);
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
