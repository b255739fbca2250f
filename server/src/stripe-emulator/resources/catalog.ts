import type { EmulatorContext } from "../context.js";
import { invalid } from "../errors.js";
import { listOf } from "../lists.js";
import {
  mergeMetadata,
  optionalBoolean,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredString,
} from "../params.js";
import { route } from "../router.js";
import type { StripeObject } from "../store.js";

const INTERVALS = new Set(["day", "week", "month", "year"]);

/** A new customer (the API's create, and Checkout's for a session with only an email). */
export function createCustomer(
  ctx: EmulatorContext,
  fields: { email: unknown; name: unknown; description: unknown; metadata: Record<string, unknown> },
): StripeObject {
  const customer = ctx.store.insert<StripeObject>("customer", {
    ...fields,
    balance: 0,
    currency: null,
    delinquent: false,
    invoice_settings: { default_payment_method: null },
  });
  ctx.webhooks.emit("customer.created", customer);
  return customer;
}

/** Customers, products and prices: plain CRUD with Stripe's shapes and rules (prices are immutable). */
export const catalogRoutes = [
  route("POST", "/v1/customers", ({ body }, ctx) =>
    createCustomer(ctx, {
      email: optionalString(body, "email") ?? null,
      name: optionalString(body, "name") ?? null,
      description: optionalString(body, "description") ?? null,
      metadata: mergeMetadata({}, body),
    }),
  ),
  route("GET", "/v1/customers", ({ body }, { store }) => {
    const email = optionalString(body, "email");
    return listOf(
      store.all("customer", (c) => !c.deleted && (email === undefined || c.email === email)),
      body,
      "/v1/customers",
    );
  }),
  route("GET", "/v1/customers/:id", ({ params }, { store }) => store.get("customer", params.id ?? "")),
  route("POST", "/v1/customers/:id", ({ params, body }, { store, webhooks }) => {
    const customer = store.get<StripeObject>("customer", params.id ?? "");
    Object.assign(customer, {
      email: optionalString(body, "email") ?? customer.email,
      name: optionalString(body, "name") ?? customer.name,
      metadata: mergeMetadata(customer.metadata as Record<string, unknown>, body),
    });
    webhooks.emit("customer.updated", customer);
    return customer;
  }),
  route("DELETE", "/v1/customers/:id", ({ params }, { store, webhooks }) => {
    const customer = store.get<StripeObject>("customer", params.id ?? "");
    customer.deleted = true;
    webhooks.emit("customer.deleted", customer);
    return { id: customer.id, object: "customer", deleted: true };
  }),

  route("POST", "/v1/products", ({ body }, { store, webhooks }) => {
    const product = store.insert<StripeObject>("product", {
      name: requiredString(body, "name"),
      description: optionalString(body, "description") ?? null,
      active: optionalBoolean(body, "active") ?? true,
      metadata: mergeMetadata({}, body),
      default_price: null,
      updated: store.clock.now(),
    });
    webhooks.emit("product.created", product);
    return product;
  }),
  route("GET", "/v1/products", ({ body }, { store }) => {
    const active = optionalBoolean(body, "active");
    return listOf(
      store.all("product", (p) => active === undefined || p.active === active),
      body,
      "/v1/products",
    );
  }),
  route("GET", "/v1/products/:id", ({ params }, { store }) => store.get("product", params.id ?? "")),
  route("POST", "/v1/products/:id", ({ params, body }, { store, webhooks }) => {
    const product = store.get<StripeObject>("product", params.id ?? "");
    Object.assign(product, {
      name: optionalString(body, "name") ?? product.name,
      description: optionalString(body, "description") ?? product.description,
      active: optionalBoolean(body, "active") ?? product.active,
      metadata: mergeMetadata(product.metadata as Record<string, unknown>, body),
      updated: store.clock.now(),
    });
    webhooks.emit("product.updated", product);
    return product;
  }),

  route("POST", "/v1/prices", ({ body }, { store, webhooks }) => {
    const productData = optionalObject(body, "product_data");
    const productId = productData
      ? store.insert<StripeObject>("product", {
          name: requiredString(productData, "name"),
          active: true,
          description: null,
          metadata: mergeMetadata({}, productData),
          default_price: null,
          updated: store.clock.now(),
        }).id
      : store.get("product", requiredString(body, "product"), "product").id;
    const unitAmount = optionalInteger(body, "unit_amount");
    if (unitAmount === undefined) throw invalid("Missing required param: unit_amount.", "unit_amount");
    const recurring = optionalObject(body, "recurring");
    const interval = recurring ? requiredString(recurring, "interval") : undefined;
    if (interval !== undefined && !INTERVALS.has(interval)) {
      throw invalid(`Invalid interval: must be one of day, week, month, or year`, "recurring[interval]");
    }
    const price = store.insert<StripeObject>("price", {
      product: productId,
      unit_amount: unitAmount,
      unit_amount_decimal: String(unitAmount),
      currency: requiredString(body, "currency").toLowerCase(),
      type: recurring ? "recurring" : "one_time",
      recurring: recurring
        ? {
            interval,
            interval_count: (recurring && optionalInteger(recurring, "interval_count", { min: 1 })) ?? 1,
            usage_type: "licensed",
          }
        : null,
      active: optionalBoolean(body, "active") ?? true,
      nickname: optionalString(body, "nickname") ?? null,
      lookup_key: optionalString(body, "lookup_key") ?? null,
      billing_scheme: "per_unit",
      metadata: mergeMetadata({}, body),
    });
    webhooks.emit("price.created", price);
    return price;
  }),
  route("GET", "/v1/prices", ({ body }, { store }) => {
    const product = optionalString(body, "product");
    const active = optionalBoolean(body, "active");
    return listOf(
      store.all(
        "price",
        (p) =>
          (product === undefined || p.product === product) && (active === undefined || p.active === active),
      ),
      body,
      "/v1/prices",
    );
  }),
  route("GET", "/v1/prices/:id", ({ params }, { store }) => store.get("price", params.id ?? "")),
  route("POST", "/v1/prices/:id", ({ params, body }, { store, webhooks }) => {
    const price = store.get<StripeObject>("price", params.id ?? "");
    for (const immutable of ["unit_amount", "currency", "recurring", "product"]) {
      if (body[immutable] !== undefined) {
        throw invalid(
          `Received unknown parameter: ${immutable}. Prices cannot be changed; create a new one.`,
          immutable,
        );
      }
    }
    Object.assign(price, {
      active: optionalBoolean(body, "active") ?? price.active,
      nickname: optionalString(body, "nickname") ?? price.nickname,
      metadata: mergeMetadata(price.metadata as Record<string, unknown>, body),
    });
    webhooks.emit("price.updated", price);
    return price;
  }),
];
