/** One rate limit: so many requests per window, and what a refused caller is told. */
export interface RateLimitPolicy {
  points: number;
  durationSeconds: number;
  /** First half of the 429 message; "Try again in N seconds." follows. */
  message: string;
}
