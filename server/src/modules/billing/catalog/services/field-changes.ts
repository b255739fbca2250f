import type { Prisma } from "@baseplate/db";

export type FieldChanges = Record<
  string,
  { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }
>;

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order, so compare canonically. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The fields of `next` (undefined = not given) whose value differs from `current`, with both values. */
export function changedFields(current: object, next: object): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(next)) {
    if (to === undefined) continue;
    const from = (current as Record<string, unknown>)[field];
    if (canonical(from) === canonical(to)) continue;
    changes[field] = {
      from: (from ?? null) as Prisma.InputJsonValue | null,
      to: to as Prisma.InputJsonValue,
    };
  }
  return changes;
}
