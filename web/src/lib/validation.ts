/**
 * Checks made in the browser before a form is sent, so an obvious slip is explained at once under its
 * field. The server stays the authority: it checks everything again and its messages win.
 */

/** Something @ something . something, no spaces: the shape every mail server accepts. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(value: string): string | undefined {
  const email = value.trim();
  if (!email) return "Enter an email address";
  if (!EMAIL_SHAPE.test(email)) return "Enter a valid email address, like name@example.com";
  return undefined;
}

export function requiredProblem(value: string, what: string): string | undefined {
  return value.trim() ? undefined : `Enter ${what}`;
}

/** The server's policy (see PASSWORD_HINT): 8+ characters with a letter and a number. */
export function newPasswordProblem(value: string): string | undefined {
  if (!value) return "Choose a password";
  if (value.length < 8) return "Use at least 8 characters";
  if (value.length > 128) return "Use at most 128 characters";
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return "Use at least one letter and one number";
  return undefined;
}

/** The problems found, by field; empty when the form may be sent. */
export function problems<T extends string>(
  checks: Record<T, string | undefined>,
): Partial<Record<T, string>> {
  const found: Partial<Record<T, string>> = {};
  for (const [field, problem] of Object.entries(checks) as Array<[T, string | undefined]>) {
    if (problem) found[field] = problem;
  }
  return found;
}

export function hasProblems(found: Record<string, string | undefined>): boolean {
  return Object.values(found).some(Boolean);
}
