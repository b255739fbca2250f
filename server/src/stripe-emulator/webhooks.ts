import Stripe from "stripe";
import { stripeId } from "./ids.js";
import type { Store, StripeObject } from "./store.js";

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
  enabledEvents: string[];
}

export interface Delivery {
  eventId: string;
  type: string;
  endpoint: string;
  attempt: number;
  status: number | "network_error";
  at: string;
}

/** Real Stripe retries for days; here the schedule is short so tests and dev see retries happen. */
const RETRY_DELAYS_MS = [500, 2_000, 10_000, 30_000];

function signatureHeader(payload: string, secret: string): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    timestamp: Math.floor(Date.now() / 1000),
  });
}

/**
 * Events and their delivery. Every event is stored (GET /v1/events) and POSTed to each matching
 * endpoint, signed exactly as Stripe signs (the SDK's own signing), retried on failure. Test
 * controls: hold events and release them in order, reversed or shuffled; deliver each one
 * several times; delay every delivery.
 */
export class Webhooks {
  readonly endpoints: WebhookEndpoint[] = [];
  readonly deliveries: Delivery[] = [];
  private held: StripeObject[] | null = null;
  private copies = 1;
  private delayMs = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly apiVersion: string,
  ) {}

  addEndpoint(url: string, secret = stripeId("whsec"), enabledEvents = ["*"]): WebhookEndpoint {
    const endpoint = { id: stripeId("we"), url, secret, enabledEvents };
    this.endpoints.push(endpoint);
    return endpoint;
  }

  /** Records an event for `object` (a snapshot: later changes do not alter it) and delivers it. */
  emit(type: string, object: StripeObject, previousAttributes?: Record<string, unknown>): StripeObject {
    const event = this.store.insert("event", {
      type,
      api_version: this.apiVersion,
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
      },
      pending_webhooks: this.endpoints.length,
      request: { id: null, idempotency_key: null },
    });
    if (this.held) this.held.push(event);
    else this.dispatch(event);
    return event;
  }

  hold(): void {
    this.held ??= [];
  }

  release(order: "in_order" | "reverse" | "shuffle"): number {
    const events = this.held ?? [];
    this.held = null;
    const ordered =
      order === "reverse"
        ? [...events].reverse()
        : order === "shuffle"
          ? [...events].sort(() => Math.random() - 0.5)
          : events;
    for (const event of ordered) this.dispatch(event);
    return ordered.length;
  }

  configure(options: { copies?: number; delayMs?: number }): void {
    if (options.copies !== undefined) this.copies = Math.max(1, Math.min(100, options.copies));
    if (options.delayMs !== undefined) this.delayMs = Math.max(0, Math.min(600_000, options.delayMs));
  }

  /** Sends an event again (a duplicate delivery, as Stripe sometimes does). */
  redeliver(event: StripeObject, copies = 1): void {
    for (let copy = 0; copy < copies; copy++) this.dispatch(event, 1);
  }

  /** Resolves once no delivery is in flight or waiting for a retry. */
  async drain(timeoutMs = 30_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while ((this.inFlight.size > 0 || this.timers.size > 0) && Date.now() < deadline) {
      await Promise.race([...this.inFlight, new Promise((resolve) => setTimeout(resolve, 20))]);
    }
    return this.inFlight.size === 0 && this.timers.size === 0;
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private dispatch(event: StripeObject, copies = this.copies): void {
    const type = String(event.type);
    for (const endpoint of this.endpoints) {
      if (!endpoint.enabledEvents.includes("*") && !endpoint.enabledEvents.includes(type)) continue;
      for (let copy = 0; copy < copies; copy++) this.schedule(event, endpoint, 1, this.delayMs);
    }
  }

  private schedule(event: StripeObject, endpoint: WebhookEndpoint, attempt: number, delayMs: number): void {
    if (this.closed) return;
    if (delayMs === 0) {
      this.track(this.attempt(event, endpoint, attempt));
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.track(this.attempt(event, endpoint, attempt));
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private track(delivery: Promise<void>): void {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async attempt(event: StripeObject, endpoint: WebhookEndpoint, attempt: number): Promise<void> {
    const payload = JSON.stringify(event, null, 2);
    let status: number | "network_error";
    try {
      const response = await fetch(endpoint.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Stripe-Signature": signatureHeader(payload, endpoint.secret),
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks) emulator",
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      status = "network_error";
    }
    this.deliveries.push({
      eventId: event.id,
      type: String(event.type),
      endpoint: endpoint.url,
      attempt,
      status,
      at: new Date().toISOString(),
    });
    const ok = typeof status === "number" && status >= 200 && status < 300;
    const delay = RETRY_DELAYS_MS[attempt - 1];
    if (!ok && delay !== undefined) this.schedule(event, endpoint, attempt + 1, delay);
  }
}
