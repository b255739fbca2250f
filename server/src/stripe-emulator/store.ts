import { missing } from "./errors.js";
import { stripeId } from "./ids.js";

/** Stripe objects are plain JSON here; the engine reads a few typed fields of each. */
export type StripeObject = Record<string, unknown> & { id: string; object: string; created: number };

export type Collection =
  | "customer"
  | "product"
  | "price"
  | "checkout.session"
  | "billing_portal.session"
  | "subscription"
  | "invoice"
  | "payment_intent"
  | "charge"
  | "refund"
  | "event"
  | "webhook_endpoint";

const PREFIX: Record<Collection, string> = {
  customer: "cus",
  product: "prod",
  price: "price",
  "checkout.session": "cs_test",
  "billing_portal.session": "bps",
  subscription: "sub",
  invoice: "in",
  payment_intent: "pi",
  charge: "ch",
  refund: "re",
  event: "evt",
  webhook_endpoint: "we",
};

/** Seconds since the epoch on the emulator's test clock. */
export class TestClock {
  constructor(private current = Math.floor(Date.now() / 1000)) {}

  now(): number {
    return this.current;
  }

  set(seconds: number): void {
    this.current = Math.max(this.current, Math.floor(seconds));
  }
}

/** All state of one emulator: collections in creation order, so lists come out newest first. */
export class Store {
  private readonly collections = new Map<Collection, Map<string, StripeObject>>();
  readonly clock = new TestClock();

  private collection(kind: Collection): Map<string, StripeObject> {
    let map = this.collections.get(kind);
    if (!map) {
      map = new Map();
      this.collections.set(kind, map);
    }
    return map;
  }

  newId(kind: Collection | "subscription_item" | "line_item" | "invoice_payment"): string {
    const prefixes = { subscription_item: "si", line_item: "il", invoice_payment: "inpay" } as const;
    return stripeId(prefixes[kind as keyof typeof prefixes] ?? PREFIX[kind as Collection]);
  }

  insert<T extends StripeObject>(
    kind: Collection,
    object: Omit<T, "id" | "object" | "created"> & { id?: string },
  ): T {
    const stored = {
      id: object.id ?? this.newId(kind),
      object: kind,
      created: this.clock.now(),
      livemode: false,
      ...object,
    } as unknown as T;
    this.collection(kind).set(stored.id, stored);
    return stored;
  }

  find<T extends StripeObject>(kind: Collection, id: string): T | undefined {
    return this.collection(kind).get(id) as T | undefined;
  }

  get<T extends StripeObject>(kind: Collection, id: string, param = "id"): T {
    const found = this.find<T>(kind, id);
    if (!found) throw missing(kind.replace(/_/g, " ").replace(".", " "), id, param);
    return found;
  }

  /** Newest first, like Stripe's list endpoints. */
  all<T extends StripeObject>(kind: Collection, filter: (object: T) => boolean = () => true): T[] {
    return ([...this.collection(kind).values()] as T[]).filter(filter).reverse();
  }
}
