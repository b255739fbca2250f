import { invalid } from "./errors.js";
import type { FormObject } from "./form.js";
import type { Store, StripeObject } from "./store.js";

/** Stripe's cursor pagination: `limit` (1–100, default 10), `starting_after`, `ending_before`. */
export function listOf(objects: StripeObject[], query: FormObject, url: string) {
  const limit = query.limit === undefined ? 10 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw invalid("Invalid integer: limit must be between 1 and 100", "limit");
  }
  let start = 0;
  let end = objects.length;
  if (typeof query.starting_after === "string") {
    const index = objects.findIndex((object) => object.id === query.starting_after);
    if (index === -1) throw invalid(`No such object: '${query.starting_after}'`, "starting_after");
    start = index + 1;
  }
  if (typeof query.ending_before === "string") {
    const index = objects.findIndex((object) => object.id === query.ending_before);
    if (index === -1) throw invalid(`No such object: '${query.ending_before}'`, "ending_before");
    end = index;
    start = Math.max(start, end - limit);
  }
  const data = objects.slice(start, Math.min(end, start + limit));
  return { object: "list", data, has_more: start + data.length < end, url };
}

const COLLECTION_BY_PREFIX: [string, Parameters<Store["find"]>[0]][] = [
  ["cus_", "customer"],
  ["prod_", "product"],
  ["price_", "price"],
  ["sub_", "subscription"],
  ["in_", "invoice"],
  ["pi_", "payment_intent"],
  ["ch_", "charge"],
  ["re_", "refund"],
  ["cs_", "checkout.session"],
];

function lookup(store: Store, id: string): StripeObject | undefined {
  const entry = COLLECTION_BY_PREFIX.find(([prefix]) => id.startsWith(prefix));
  return entry ? store.find(entry[1], id) : undefined;
}

function expandPath(value: unknown, path: string[], store: Store): unknown {
  if (path.length === 0 || value === null || typeof value !== "object") return value;
  const [head = "", ...rest] = path;
  if (Array.isArray(value)) return value.map((item) => expandPath(item, path, store));
  const record = value as Record<string, unknown>;
  let child = record[head];
  if (typeof child === "string") child = lookup(store, child) ?? child;
  return { ...record, [head]: expandPath(child, rest, store) };
}

/** `expand[]=latest_invoice`, `expand[]=data.items.data.price.product`: ids become objects. */
export function expand(result: unknown, query: FormObject, store: Store): unknown {
  const paths = Array.isArray(query.expand) ? query.expand : query.expand ? [query.expand] : [];
  return paths.reduce<unknown>(
    (current, path) => (typeof path === "string" ? expandPath(current, path.split("."), store) : current),
    result,
  );
}
