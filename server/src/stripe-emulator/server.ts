import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { advanceClock } from "./billing.js";
import type { EmulatorContext } from "./context.js";
import { StripeApiError } from "./errors.js";
import { decodeForm, type FormObject } from "./form.js";
import { expand } from "./lists.js";
import { checkoutPage, portalPage } from "./pages.js";
import { billingObjectRoutes } from "./resources/billing-objects.js";
import { catalogRoutes } from "./resources/catalog.js";
import { checkoutRoutes, completeCheckout, sessionLinesOf } from "./resources/checkout.js";
import { matchRoute, type Route } from "./router.js";
import { Store, type StripeObject } from "./store.js";
import { Webhooks } from "./webhooks.js";

const ROUTES: Route[] = [...catalogRoutes, ...checkoutRoutes, ...billingObjectRoutes];
const MAX_BODY = 1024 * 1024;

export interface StripeEmulatorOptions {
  port?: number;
  host?: string;
  /** Endpoints that receive every event (more can be added over the API or the controls). */
  webhookEndpoints?: { url: string; secret?: string }[];
}

export interface StripeEmulator {
  /** Base URL, e.g. http://127.0.0.1:12111 (the SDK's host/port/protocol point here). */
  url: string;
  host: string;
  port: number;
  /** Secrets of the endpoints given at start, in the same order. */
  webhookSecrets: string[];
  /** Registers another endpoint (in-process form of POST /_emulator/webhooks/endpoints); returns its secret. */
  addWebhookEndpoint(url: string, secret?: string): string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new StripeApiError(413, "invalid_request_error", "Request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Request-Id": `req_${randomUUID().slice(0, 14)}`,
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function html(res: ServerResponse, status: number, page: string): void {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(page);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location });
  res.end();
}

function parseBody(raw: string, contentType: string | undefined): FormObject {
  if (contentType?.includes("application/json")) {
    try {
      const parsed = JSON.parse(raw || "{}");
      return typeof parsed === "object" && parsed !== null ? parsed : {};
    } catch {
      throw new StripeApiError(400, "invalid_request_error", "Invalid JSON body");
    }
  }
  return decodeForm(raw);
}

interface CachedResponse {
  fingerprint: string;
  status: number;
  body: unknown;
}

export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const store = new Store();
  const webhooks = new Webhooks(store, Stripe.API_VERSION);
  let baseUrl = "";
  const ctx: EmulatorContext = { store, webhooks, failingCustomers: new Set(), baseUrl: () => baseUrl };
  const webhookSecrets = (options.webhookEndpoints ?? []).map(
    (endpoint) => webhooks.addEndpoint(endpoint.url, endpoint.secret).secret,
  );
  const idempotent = new Map<string, CachedResponse>();
  /** Test control: the next N API requests fail with a 500, as a Stripe outage would. */
  let failNext = 0;

  function api(req: IncomingMessage, res: ServerResponse, path: string, body: FormObject): void {
    const auth = req.headers.authorization ?? "";
    if (!/^Bearer sk_(test|live)_\S+$/.test(auth)) {
      throw new StripeApiError(401, "authentication_error", "Invalid API Key provided.");
    }
    const method = req.method ?? "GET";
    if (failNext > 0) {
      failNext -= 1;
      throw new StripeApiError(
        500,
        "api_error",
        "An error occurred with our connection to Stripe (emulated outage).",
      );
    }
    const found = matchRoute(ROUTES, method, path);
    if (!found) {
      throw new StripeApiError(
        404,
        "invalid_request_error",
        `Unrecognized request URL (${method}: ${path}).`,
      );
    }
    const key = req.headers["idempotency-key"];
    const cacheKey = typeof key === "string" && method === "POST" ? `${auth}:${key}` : null;
    const fingerprint = createHash("sha256")
      .update(`${method} ${path} ${JSON.stringify(body)}`)
      .digest("hex");
    const cached = cacheKey ? idempotent.get(cacheKey) : undefined;
    if (cached) {
      if (cached.fingerprint !== fingerprint) {
        throw new StripeApiError(
          400,
          "idempotency_error",
          "Keys for idempotent requests can only be used with the same parameters they were first used with.",
        );
      }
      send(res, cached.status, cached.body, { "Idempotent-Replayed": "true" });
      return;
    }
    let status = 200;
    let result: unknown;
    try {
      result = expand(found.route.handle({ method, path, params: found.params, body }, ctx), body, store);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      status = error.status;
      result = error.toJSON();
    }
    // Stripe replays errors too, except server errors.
    if (cacheKey) idempotent.set(cacheKey, { fingerprint, status, body: result });
    send(res, status, result);
  }

  function pages(req: IncomingMessage, res: ServerResponse, path: string, body: FormObject): boolean {
    const checkout = path.match(/^\/checkout\/([^/]+)(?:\/(pay|decline))?$/);
    if (checkout?.[1]) {
      const session = store.get<StripeObject>("checkout.session", checkout[1]);
      const action = checkout[2];
      if (!action) {
        html(res, 200, checkoutPage(ctx, session, sessionLinesOf(session)));
        return true;
      }
      if (req.method !== "POST") return false;
      try {
        redirect(res, completeCheckout(ctx, session, action === "decline"));
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error;
        html(res, error.status, checkoutPage(ctx, session, sessionLinesOf(session), error.message));
      }
      return true;
    }
    const portal = path.match(/^\/portal\/([^/]+)(?:\/subscriptions\/([^/]+)\/(cancel|resume|switch))?$/);
    if (portal?.[1]) {
      const session = store.get<StripeObject>("billing_portal.session", portal[1]);
      const [, , subscriptionId, action] = portal;
      if (subscriptionId && action && req.method === "POST") {
        const sub = store.get<StripeObject>("subscription", subscriptionId);
        if (sub.customer !== session.customer)
          throw new StripeApiError(404, "invalid_request_error", "No such subscription");
        const update: FormObject =
          action === "switch"
            ? { items: [{ price: String(body.price ?? "") }] }
            : { cancel_at_period_end: action === "cancel" ? "true" : "false" };
        const route = matchRoute(ROUTES, "POST", `/v1/subscriptions/${sub.id}`);
        route?.route.handle({ method: "POST", path: "", params: route.params, body: update }, ctx);
        redirect(res, `/portal/${session.id}`);
        return true;
      }
      const subscriptions = store.all<StripeObject>(
        "subscription",
        (sub) => sub.customer === session.customer && sub.status !== "canceled",
      );
      const prices = store.all<StripeObject>(
        "price",
        (price) => price.active === true && price.type === "recurring",
      );
      html(res, 200, portalPage(ctx, session, subscriptions as never, prices));
      return true;
    }
    return false;
  }

  async function controls(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    body: FormObject,
  ): Promise<void> {
    const post = req.method === "POST";
    if (path === "/_emulator/time" && req.method === "GET") return send(res, 200, { now: store.clock.now() });
    if (path === "/_emulator/advance" && post) {
      const target = body.to !== undefined ? Number(body.to) : store.clock.now() + Number(body.seconds ?? 0);
      if (!Number.isFinite(target) || target < store.clock.now()) {
        throw new StripeApiError(400, "invalid_request_error", "advance needs seconds ≥ 0 or a future `to`");
      }
      const steps = advanceClock(ctx, Math.floor(target));
      return send(res, 200, { now: store.clock.now(), steps });
    }
    const card = path.match(/^\/_emulator\/customers\/([^/]+)\/card$/);
    if (card?.[1] && post) {
      store.get("customer", card[1]);
      if (String(body.failing) === "true") ctx.failingCustomers.add(card[1]);
      else ctx.failingCustomers.delete(card[1]);
      return send(res, 200, { customer: card[1], failing: ctx.failingCustomers.has(card[1]) });
    }
    if (path === "/_emulator/webhooks/endpoints" && post) {
      const endpoint = webhooks.addEndpoint(String(body.url), body.secret ? String(body.secret) : undefined);
      return send(res, 200, { id: endpoint.id, url: endpoint.url, secret: endpoint.secret });
    }
    if (path === "/_emulator/fail-next" && post) {
      failNext = Math.max(0, Math.floor(Number(body.count ?? 1)));
      return send(res, 200, { failNext });
    }
    if (path === "/_emulator/webhooks/hold" && post) {
      webhooks.hold();
      return send(res, 200, { holding: true });
    }
    if (path === "/_emulator/webhooks/release" && post) {
      const order = String(body.order ?? "in_order");
      if (!["in_order", "reverse", "shuffle"].includes(order)) {
        throw new StripeApiError(400, "invalid_request_error", "order must be in_order, reverse or shuffle");
      }
      return send(res, 200, { released: webhooks.release(order as "in_order") });
    }
    if (path === "/_emulator/webhooks/configure" && post) {
      webhooks.configure({
        ...(body.copies !== undefined ? { copies: Number(body.copies) } : {}),
        ...(body.delayMs !== undefined ? { delayMs: Number(body.delayMs) } : {}),
      });
      return send(res, 200, { configured: true });
    }
    const redeliver = path.match(/^\/_emulator\/events\/([^/]+)\/redeliver$/);
    if (redeliver?.[1] && post) {
      webhooks.redeliver(store.get("event", redeliver[1]), Number(body.copies ?? 1));
      return send(res, 200, { redelivered: true });
    }
    if (path === "/_emulator/webhooks/drain" && post) {
      return send(res, 200, { drained: await webhooks.drain(Number(body.timeoutMs ?? 30_000)) });
    }
    if (path === "/_emulator/webhooks/deliveries" && req.method === "GET") {
      return send(res, 200, { deliveries: webhooks.deliveries });
    }
    throw new StripeApiError(404, "invalid_request_error", `Unknown emulator control ${req.method} ${path}`);
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? "/", "http://emulator.invalid");
        const raw =
          req.method === "GET" || req.method === "DELETE" ? url.search.slice(1) : await readBody(req);
        const body = parseBody(
          raw,
          req.method === "GET" || req.method === "DELETE" ? undefined : req.headers["content-type"],
        );
        if (url.pathname.startsWith("/v1/")) return api(req, res, url.pathname, body);
        if (url.pathname.startsWith("/_emulator/")) return await controls(req, res, url.pathname, body);
        if (pages(req, res, url.pathname, body)) return;
        throw new StripeApiError(404, "invalid_request_error", `Not found: ${url.pathname}`);
      } catch (error) {
        if (res.headersSent) return res.end();
        if (error instanceof StripeApiError) return send(res, error.status, error.toJSON());
        send(res, 500, {
          error: { type: "api_error", message: error instanceof Error ? error.message : "Internal error" },
        });
      }
    })();
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host}:${port}`;
  return {
    url: baseUrl,
    host,
    port,
    webhookSecrets,
    addWebhookEndpoint: (url, secret) => webhooks.addEndpoint(url, secret).secret,
    async close() {
      webhooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
