export const ENTITLEMENT_TYPES = ["bool", "numeric", "string"] as const;
export type EntitlementType = (typeof ENTITLEMENT_TYPES)[number];

// A type alias (not an interface) so it is assignable to Prisma's JSON input type.
export type Entitlement = {
  type: EntitlementType;
  value: boolean | number | string;
  description: string;
};
export type Entitlements = Record<string, Entitlement>;

/** The seed API's alternate form names the value by its type: `{ type: "bool", boolValue: true }`. */
export const ALTERNATE_VALUE_FIELD = {
  bool: "boolValue",
  numeric: "numericValue",
  string: "stringValue",
} as const satisfies Record<EntitlementType, string>;

export const VALUE_KIND = {
  bool: "boolean",
  numeric: "number",
  string: "string",
} as const satisfies Record<EntitlementType, string>;

/**
 * Either accepted form as `{ type, value, description }`; null when the value does not match the
 * type. Also used on stored JSON, so rows written by hand never break the views.
 */
export function normalizeEntitlement(raw: unknown): Entitlement | null {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const entry = raw as Record<string, unknown>;
  const type = entry.type;
  if (type !== "bool" && type !== "numeric" && type !== "string") return null;
  const value = entry.value !== undefined ? entry.value : entry[ALTERNATE_VALUE_FIELD[type]];
  if (typeof value !== VALUE_KIND[type]) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  const description = typeof entry.description === "string" ? entry.description : "";
  return { type, value: value as Entitlement["value"], description };
}

export function normalizeEntitlements(raw: unknown): Entitlements {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const normalized: Entitlements = {};
  for (const [key, entry] of Object.entries(raw)) {
    const entitlement = normalizeEntitlement(entry);
    if (entitlement) normalized[key] = entitlement;
  }
  return normalized;
}

export interface EntitlementKey {
  key: string;
  type: EntitlementType;
  description: string;
}

/**
 * Every key used by any plan, by key. Plans are given oldest first: the type is the first plan's,
 * the description the first non-empty one.
 */
export function entitlementKeysOf(plans: { entitlements: Entitlements }[]): EntitlementKey[] {
  const keys = new Map<string, EntitlementKey>();
  for (const { entitlements } of plans) {
    for (const [key, { type, description }] of Object.entries(entitlements)) {
      const known = keys.get(key);
      if (!known) keys.set(key, { key, type, description });
      else if (!known.description && description) known.description = description;
    }
  }
  return [...keys.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
