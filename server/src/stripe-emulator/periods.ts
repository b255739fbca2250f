export type Interval = "day" | "week" | "month" | "year";

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The end of a billing period that starts at `start` (seconds), anchored like Stripe: monthly
 * periods keep the anchor's day of month, clamped to short months (Jan 31 → Feb 28 → Mar 31).
 */
export function periodEnd(start: number, interval: Interval, count: number, anchor: number): number {
  if (interval === "day") return start + count * 86_400;
  if (interval === "week") return start + count * 7 * 86_400;
  const from = new Date(start * 1000);
  const anchorDay = new Date(anchor * 1000).getUTCDate();
  const months = interval === "year" ? 12 * count : count;
  const target = new Date(
    Date.UTC(
      from.getUTCFullYear(),
      from.getUTCMonth() + months,
      1,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
    ),
  );
  target.setUTCDate(Math.min(anchorDay, daysInMonth(target.getUTCFullYear(), target.getUTCMonth())));
  return Math.floor(target.getTime() / 1000);
}
