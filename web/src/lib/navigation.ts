/** Where to go after signing in when no (safe) `next` was given. */
export const DEFAULT_AFTER_LOGIN = "/app";

/**
 * A `next` parameter is only followed when it is a path on this site ("/app/team?x=1"); anything else
 * ("//evil.example", "https://…", "/\\evil") would be an open redirect and falls back to /app.
 */
export function safeNext(next: string | null | undefined, fallback = DEFAULT_AFTER_LOGIN): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}

/** `path?next=<next>`, or `path` alone without a `next`. */
export function pathWithNext(path: string, next?: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** /login?next=<path>, for sending a signed-out visitor to sign in and back. */
export function loginPath(next?: string | null): string {
  return pathWithNext("/login", next);
}
