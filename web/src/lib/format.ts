const UNITS = [
  { label: "d", seconds: 86_400 },
  { label: "h", seconds: 3_600 },
  { label: "m", seconds: 60 },
  { label: "s", seconds: 1 },
] as const;

/**
 * Human duration with the two most significant units: 7505 → "2h 5m", 90061 → "1d 1h", 42 → "42s".
 * Negative or non-finite input is treated as zero.
 */
export function formatDuration(totalSeconds: number): string {
  let remaining = Number.isFinite(totalSeconds) ? Math.max(0, Math.floor(totalSeconds)) : 0;
  const parts: string[] = [];
  for (const unit of UNITS) {
    const value = Math.floor(remaining / unit.seconds);
    remaining -= value * unit.seconds;
    if (value > 0 || parts.length > 0) parts.push(`${value}${unit.label}`);
    if (parts.length === 2) break;
  }
  const [first, second] = parts;
  if (!first) return "0s";
  return second && !second.startsWith("0") ? `${first} ${second}` : first;
}

/** Latency in milliseconds: "0.4 ms" under 10 ms, whole numbers above ("12 ms"), seconds past 1000. */
export function formatLatency(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "–";
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s`;
  if (ms < 10) return `${Number(ms.toFixed(1))} ms`;
  return `${Math.round(ms)} ms`;
}

type DateInput = Date | string | number;

function toDate(value: DateInput): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Nov 21, 2026" (the reader's locale). Dates arrive as ISO strings over the wire. */
export function formatDate(value: DateInput | null | undefined, locale?: string): string {
  const date = value == null ? null : toDate(value);
  return date ? date.toLocaleDateString(locale, { year: "numeric", month: "short", day: "numeric" }) : "–";
}

/** "Nov 21, 2026, 2:05 PM" (the reader's locale and time zone). */
export function formatDateTime(value: DateInput | null | undefined, locale?: string): string {
  const date = value == null ? null : toDate(value);
  return date
    ? date.toLocaleString(locale, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
      })
    : "–";
}

/** "just now", "5 min ago", "3 h ago", "2 d ago", then the date; future times read "in …". */
export function formatRelative(value: DateInput | null | undefined, now: number = Date.now()): string {
  const date = value == null ? null : toDate(value);
  if (!date) return "–";
  const seconds = Math.round((now - date.getTime()) / 1000);
  const future = seconds < 0;
  const abs = Math.abs(seconds);
  if (abs < 45) return future ? "in a moment" : "just now";
  const [amount, unit] =
    abs < 3_600
      ? [Math.round(abs / 60), "min"]
      : abs < 86_400
        ? [Math.round(abs / 3_600), "h"]
        : [Math.round(abs / 86_400), "d"];
  if (unit === "d" && amount > 30) return formatDate(date);
  return future ? `in ${amount} ${unit}` : `${amount} ${unit} ago`;
}
