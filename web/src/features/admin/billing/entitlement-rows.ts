import type { AdminPlan, EntitlementType } from "./types";

/** The server's rules for entitlements (see the catalog's entitlements.types.ts). */
export const ENTITLEMENT_KEY = /^[a-z][a-z0-9_]{0,63}$/;
export const MAX_ENTITLEMENTS = 50;
const MAX_DESCRIPTION = 200;
const MAX_STRING_VALUE = 1000;

/** One editable entitlement; every type keeps its own value so switching type back loses nothing. */
export interface EntitlementRow {
  rowId: string;
  key: string;
  type: EntitlementType;
  boolValue: boolean;
  numericValue: number | string;
  stringValue: string;
  description: string;
}

export type RowProblems = Partial<Record<"key" | "value" | "description", string>>;

let nextRowId = 1;

export function emptyRow(): EntitlementRow {
  return {
    rowId: `row-${nextRowId++}`,
    key: "",
    type: "bool",
    boolValue: true,
    numericValue: "",
    stringValue: "",
    description: "",
  };
}

export function rowsFrom(entitlements: AdminPlan["entitlements"]): EntitlementRow[] {
  return Object.entries(entitlements)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, entitlement]) => ({
      ...emptyRow(),
      key,
      type: entitlement.type,
      boolValue: entitlement.type === "bool" ? entitlement.value === true : true,
      numericValue:
        entitlement.type === "numeric" && typeof entitlement.value === "number" ? entitlement.value : "",
      stringValue: entitlement.type === "string" ? String(entitlement.value) : "",
      description: entitlement.description,
    }));
}

function valueProblem(row: EntitlementRow): string | undefined {
  if (row.type === "numeric") {
    const value =
      typeof row.numericValue === "number" ? row.numericValue : Number(row.numericValue || Number.NaN);
    return Number.isFinite(value) ? undefined : "Enter a number";
  }
  if (row.type === "string") {
    if (!row.stringValue.trim()) return "Enter a value";
    if (row.stringValue.length > MAX_STRING_VALUE) return `At most ${MAX_STRING_VALUE} characters`;
  }
  return undefined;
}

/** Problems by row id; rows without any are left out. A repeated key is flagged on its later rows. */
export function rowProblems(rows: EntitlementRow[]): Record<string, RowProblems> {
  const found: Record<string, RowProblems> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    const problems: RowProblems = {};
    if (!key) problems.key = "Enter a key";
    else if (!ENTITLEMENT_KEY.test(key))
      problems.key = "Lower-case letters, digits and _, starting with a letter";
    else if (seen.has(key)) problems.key = "This key is already listed";
    seen.add(key);
    const value = valueProblem(row);
    if (value) problems.value = value;
    if (row.description.trim().length > MAX_DESCRIPTION)
      problems.description = `At most ${MAX_DESCRIPTION} characters`;
    if (Object.keys(problems).length > 0) found[row.rowId] = problems;
  }
  return found;
}

/** The rows as the API's `{ key: { type, value, description } }`; call only once rowProblems is empty. */
export function entitlementsInput(rows: EntitlementRow[]) {
  return Object.fromEntries(
    rows.map((row) => [
      row.key.trim(),
      {
        type: row.type,
        value:
          row.type === "bool"
            ? row.boolValue
            : row.type === "numeric"
              ? Number(row.numericValue)
              : row.stringValue.trim(),
        description: row.description.trim(),
      },
    ]),
  );
}
