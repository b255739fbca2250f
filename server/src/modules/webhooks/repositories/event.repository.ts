import type { DbClient, DbTx } from "@baseplate/db";

/** Claims the event for fan-out (once: a conditional update); null when already fanned out. */
export async function claimEventForFanOut(tx: DbTx, id: string, at: Date) {
  const rows = await tx.$queryRaw<
    { id: string; tenantId: string; type: string; payload: unknown; createdAt: Date }[]
  >`
    UPDATE "WebhookEvent" SET "fannedOutAt" = ${at}::timestamptz
    WHERE "id" = ${id}::uuid AND "fannedOutAt" IS NULL
    RETURNING "id", "tenantId", "type", "payload", "createdAt"`;
  return rows[0] ?? null;
}

export async function listUnfannedEventIds(db: DbClient, limit: number): Promise<string[]> {
  const rows = await db.webhookEvent.findMany({
    where: { fannedOutAt: null },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
