import type { Clock } from "../../src/lib/clock.js";

/** A clock tests move by hand: lockouts and expiries are tested without sleeping. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start = new Date()) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  set(date: Date): void {
    this.current = new Date(date);
  }
}
