export interface FieldIssue {
  field: string;
  message: string;
}

export interface DisplayError {
  message: string;
  appCode: string | null;
  details: FieldIssue[];
}

/** Messages browsers give a fetch that never reached a server (Chromium, Firefox, Safari, Node). */
const NETWORK_FAILURES = new Set([
  "Failed to fetch",
  "NetworkError when attempting to fetch resource.",
  "Load failed",
  "fetch failed",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function readIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FieldIssue =>
      isRecord(item) && typeof item.field === "string" && typeof item.message === "string",
  );
}

/** The `data` a tRPC error carries (`httpStatus`, `appCode`, `details`, ...), or null for anything else. */
export function errorData(error: unknown): Record<string, unknown> | null {
  return isRecord(error) && isRecord(error.data) ? error.data : null;
}

/**
 * What the UI may show for any thrown value. tRPC errors carry a safe `message` and
 * `data.appCode` / `data.details`; a network failure only has a generic message.
 */
export function toDisplayError(error: unknown): DisplayError {
  const data = errorData(error);
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const message = NETWORK_FAILURES.has(raw) ? "Could not reach the Baseplate server." : raw;
  return {
    message: message || "Something went wrong.",
    appCode: data && typeof data.appCode === "string" ? data.appCode : null,
    details: readIssues(data?.details),
  };
}

/** HTTP status the server answered with (tRPC puts it in `data.httpStatus`), or null if it never answered. */
export function httpStatusOf(error: unknown): number | null {
  const data = errorData(error);
  return data && typeof data.httpStatus === "number" ? data.httpStatus : null;
}

/** Field issues keyed by field name (first message wins), for showing errors under form inputs. */
function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of toDisplayError(error).details) result[issue.field] ??= issue.message;
  return result;
}

/**
 * A failed form submit, split for display: issues about the form's own `fields` go under those inputs
 * (`byField`); when none of them is concerned, the error as a whole is for an alert above the form.
 */
export function formErrors(
  error: unknown,
  fields: readonly string[],
): { byField: Record<string, string>; formError: unknown } {
  const byField = fieldErrors(error);
  const onAField = fields.some((field) => byField[field] !== undefined);
  return { byField, formError: error && !onAField ? error : null };
}
