import type { LedgerEntry } from "./types";

const KINDS: Record<LedgerEntry["kind"], { label: string; color: string }> = {
  period_grant: { label: "Plan credits", color: "indigo" },
  bonus: { label: "Bonus", color: "grape" },
  purchase: { label: "Purchase", color: "teal" },
  spend: { label: "Usage", color: "gray" },
  refund_clawback: { label: "Refund", color: "orange" },
  subscription_ended: { label: "Plan ended", color: "yellow" },
  admin_adjustment: { label: "Adjustment", color: "blue" },
};

export function ledgerKind(kind: LedgerEntry["kind"]): { label: string; color: string } {
  return KINDS[kind];
}

/** The change of one entry in words: "+500 plan", "−10 plan, −5 purchased"; "No change" for 0/0. */
export function describeChange(
  entry: Pick<LedgerEntry, "subscriptionDelta" | "purchasedDelta">,
  format: (n: number) => string,
): string {
  const parts: string[] = [];
  if (entry.subscriptionDelta !== 0) parts.push(`${format(entry.subscriptionDelta)} plan`);
  if (entry.purchasedDelta !== 0) parts.push(`${format(entry.purchasedDelta)} purchased`);
  return parts.length > 0 ? parts.join(", ") : "No change";
}
