import { formErrors, toDisplayError } from "../../../lib/errors";

/**
 * A failed save split for a form whose inputs are named differently from the API's fields (price in
 * currency units vs `monthlyPriceCents`): issues on known fields go under their input, the rest above.
 */
export function serverFormErrors<F extends string>(
  error: unknown,
  fieldOf: Record<string, F>,
): { byField: Partial<Record<F, string>>; formError: unknown } {
  const { byField: raw } = formErrors(error, Object.keys(fieldOf));
  const byField: Partial<Record<F, string>> = {};
  for (const [apiField, message] of Object.entries(raw)) {
    const field = fieldOf[apiField];
    if (field) byField[field] ??= message;
  }
  const issues = toDisplayError(error).details;
  const allPlaced = issues.length > 0 && issues.every((issue) => fieldOf[issue.field] !== undefined);
  return { byField, formError: error && !allPlaced ? error : null };
}
