import { z } from "zod";

/** Names people see (plans, webhooks): trimmed, 1..100 characters, no control characters. */
export const catalogName = z
  .string("Name is required")
  .trim()
  .min(1, "Name is required")
  .max(100, "Name must be at most 100 characters")
  .regex(/^[^\p{Cc}]*$/u, "Name must not contain control characters");

/** Free text that may span lines: tabs and line breaks are the only control characters allowed. */
export function freeText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters`)
    .regex(
      /^(?:[^\p{Cc}]|[\t\n\r])*$/u,
      "Must not contain control characters other than line breaks and tabs",
    );
}

/*
 * The REST adapter (trpc-to-openapi) coerces top-level number and boolean body fields, so "9900"
 * would pass, null would become 0 (a free plan) and "false" would become true. It leaves pipes
 * alone, hence the `.pipe()`: these fields take JSON numbers and booleans only, on both transports.
 */

/** A whole number in [min, max], with a message that says so. */
export function wholeNumber(min: number, max: number) {
  const range = `a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}`;
  return z
    .number(`Must be ${range}`)
    .int(`Must be ${range}`)
    .min(min, `Must be ${range}`)
    .max(max, `Must be ${range}`)
    .pipe(z.number());
}

export function jsonBoolean() {
  return z.boolean("Must be true or false").pipe(z.boolean());
}

export const deletedOutput = z.object({ status: z.literal("deleted") });
