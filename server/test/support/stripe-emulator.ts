import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { type StripeEmulator, startStripeEmulator } from "../../src/stripe-emulator/index.js";

/** The unmodified SDK pointed at an emulator, as the app will be. */
export function stripeFor(emulator: StripeEmulator): Stripe {
  return new Stripe("sk_test_emulator", {
    host: emulator.host,
    port: emulator.port,
    protocol: "http",
    maxNetworkRetries: 0,
  });
}

/** A webhook endpoint that verifies every delivery with the SDK, as our app will. */
export class WebhookReceiver {
  readonly events: Stripe.Event[] = [];
  readonly rejected: string[] = [];
  /** Answer with this status instead of 200 (to exercise retries). */
  failWith: number | null = null;
  private constructor(
    private readonly server: Server,
    readonly url: string,
    private secret = "",
  ) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => receiver?.handle(Buffer.concat(chunks).toString("utf8"), req.headers, res));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    receiver = new WebhookReceiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
    return receiver;
  }

  useSecret(secret: string): void {
    this.secret = secret;
  }

  private handle(payload: string, headers: Record<string, unknown>, res: import("node:http").ServerResponse) {
    try {
      const event = Stripe.webhooks.constructEvent(payload, String(headers["stripe-signature"]), this.secret);
      if (this.failWith) {
        res.writeHead(this.failWith).end();
        this.rejected.push(event.id);
        return;
      }
      this.events.push(event);
      res.writeHead(200).end("{}");
    } catch {
      res.writeHead(400).end("bad signature");
    }
  }

  types(): string[] {
    return this.events.map((event) => event.type);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function startEmulatorWithReceiver() {
  const receiver = await WebhookReceiver.start();
  const emulator = await startStripeEmulator({ webhookEndpoints: [{ url: receiver.url }] });
  receiver.useSecret(emulator.webhookSecrets[0] ?? "");
  return { emulator, receiver, stripe: stripeFor(emulator) };
}

/** Test controls of the emulator (JSON over HTTP). */
export async function control(emulator: StripeEmulator, path: string, body: Record<string, unknown> = {}) {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method: path === "time" || path === "webhooks/deliveries" ? "GET" : "POST",
    headers: { "Content-Type": "application/json" },
    ...(path === "time" || path === "webhooks/deliveries" ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** The checkout page's buttons, as a browser submits them; returns the redirect target or the page. */
export async function submitCheckout(url: string, action: "pay" | "decline") {
  const response = await fetch(`${url}/${action}`, { method: "POST", redirect: "manual" });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}
