import { errorData, httpStatusOf, toDisplayError } from "../../lib/errors";

/** Minutes until another attempt is allowed: from `retryAfterSeconds` if sent, else from the message. */
export function retryAfterMinutes(error: unknown): number | null {
  const data = errorData(error);
  if (data && typeof data.retryAfterSeconds === "number")
    return Math.max(1, Math.ceil(data.retryAfterSeconds / 60));
  const message = toDisplayError(error).message;
  const minutes = message.match(/(\d+)\s*minute/i);
  if (minutes?.[1]) return Math.max(1, Number(minutes[1]));
  const seconds = message.match(/(\d+)\s*second/i);
  if (seconds?.[1]) return Math.max(1, Math.ceil(Number(seconds[1]) / 60));
  return null;
}

/** What the login form says when sign-in fails. */
export function loginErrorMessage(error: unknown): string {
  const status = httpStatusOf(error);
  if (status === 401) return "Incorrect email or password.";
  if (status === 429) {
    const minutes = retryAfterMinutes(error);
    if (minutes === null) return "Too many attempts. Try again later.";
    return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  return toDisplayError(error).message;
}
