const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** "5s,5m,30m" → [5000, 300000, 1800000]: the delay after the 1st, 2nd, 3rd failed attempt. */
export function parseRetrySchedule(schedule: string): number[] {
  return schedule.split(",").map((part) => {
    const unit = part.at(-1) as keyof typeof UNIT_MS;
    return Number(part.slice(0, -1)) * UNIT_MS[unit];
  });
}

/**
 * When to try again after `attempts` failed attempts, or null when the schedule is used up (dead).
 * Jitter spreads retries of many deliveries that failed together.
 */
export function nextAttemptAt(now: Date, attempts: number, schedule: number[], jitter: number): Date | null {
  const base = schedule[attempts - 1];
  if (base === undefined) return null;
  const spread = 1 + (Math.random() * 2 - 1) * jitter;
  return new Date(now.getTime() + Math.round(base * spread));
}
