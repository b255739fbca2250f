import { z } from "zod";

const TIMESTAMP = { format: "date-time" } as const;

function isSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

/** The schemas directly inside one: object fields, array items, optional/nullable inner types, ... */
function children(schema: z.ZodType): unknown[] {
  return Object.values(schema._zod.def).flatMap((value) => {
    if (isSchema(value)) return [value];
    if (Array.isArray(value)) return value.filter(isSchema);
    if (value && typeof value === "object") return Object.values(value).filter(isSchema);
    return [];
  });
}

/**
 * zod-openapi documents `z.date()` as a bare string; on the wire every one is an ISO 8601 timestamp
 * (JSON.stringify of a Date). Registers `format: date-time` on every date schema reachable from the
 * given ones, once, so no field needs to remember it.
 */
export function markTimestamps(roots: unknown[]): void {
  const seen = new Set<z.ZodType>();
  const pending = roots.filter(isSchema);
  for (let schema = pending.pop(); schema; schema = pending.pop()) {
    if (seen.has(schema)) continue;
    seen.add(schema);
    if (schema._zod.def.type === "date") {
      z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), ...TIMESTAMP });
    }
    pending.push(...children(schema).filter(isSchema));
  }
}
