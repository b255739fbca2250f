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
