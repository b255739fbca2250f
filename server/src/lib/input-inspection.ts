import type { FieldIssue } from "./errors.js";

/** No procedure takes input nested this deep; deeper JSON is an attack on recursive code downstream. */
export const MAX_INPUT_DEPTH = 32;

function fieldName(path: readonly (string | number)[]): string {
  return path.map(String).join(".") || "(body)";
}

/**
 * Finds the first problem PostgreSQL or recursive code would turn into a 500: a string holding a
 * NUL character (text columns refuse it) or nesting deeper than MAX_INPUT_DEPTH. Iterative, so the
 * inspection itself cannot overflow the stack.
 */
export function inspectInput(value: unknown, maxDepth = MAX_INPUT_DEPTH): FieldIssue | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { value: current, path } = item;
    if (typeof current === "string") {
      if (current.includes("\u0000"))
        return { field: fieldName(path), message: "must not contain NUL characters" };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (path.length >= maxDepth) {
      return { field: fieldName(path), message: `is nested too deeply (at most ${maxDepth} levels)` };
    }
    for (const [key, child] of Object.entries(current)) {
      if (key.includes("\u0000"))
        return { field: fieldName(path), message: "must not contain NUL characters in keys" };
      pending.push({ value: child, path: [...path, Array.isArray(current) ? Number(key) : key] });
    }
  }
  return null;
}
