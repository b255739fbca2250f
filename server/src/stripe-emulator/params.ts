import { invalid, required } from "./errors.js";
import type { FormObject, FormValue } from "./form.js";

export function optionalString(body: FormObject, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(`Invalid string: ${key}`, key);
  return value;
}

export function requiredString(body: FormObject, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined || value === "") throw required(key);
  return value;
}

export function optionalInteger(body: FormObject, key: string, { min = 0 } = {}): number | undefined {
  const value = optionalString(body, key);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw invalid(`Invalid integer: ${value}`, key);
  }
  return number;
}

export function optionalBoolean(body: FormObject, key: string): boolean | undefined {
  const value = optionalString(body, key);
  if (value === undefined) return undefined;
  if (value !== "true" && value !== "false") throw invalid(`Invalid boolean: ${value}`, key);
  return value === "true";
}

export function optionalObject(body: FormObject, key: string): FormObject | undefined {
  const value = body[key];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw invalid(`Invalid object: ${key}`, key);
  return value;
}

export function optionalArray(body: FormObject, key: string): FormValue[] | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalid(`Invalid array: ${key}`, key);
  return value;
}

/** Stripe metadata: string values, an empty string removes a key. */
export function mergeMetadata(current: Record<string, unknown>, body: FormObject): Record<string, unknown> {
  const update = body.metadata;
  if (update === undefined) return current;
  if (update === "") return {};
  if (typeof update !== "object" || Array.isArray(update)) throw invalid("Invalid metadata", "metadata");
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (typeof value !== "string") throw invalid(`Invalid metadata value for ${key}`, `metadata[${key}]`);
    if (value === "") delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
