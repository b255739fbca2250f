import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import type { Env } from "../../../lib/env.js";
import type { Logger } from "../../../lib/logger.js";
import { type StripeEmulator, startStripeEmulator } from "../../../stripe-emulator/index.js";

export const STRIPE_WEBHOOK_PATH = "/api/webhooks/stripe";

/**
 * How this process reaches Stripe: real Stripe with STRIPE_SECRET_KEY, otherwise (never in
 * production) the built-in emulator, started in-process on its own port with a generated webhook
 * secret. The rest of the code sees only `client`, the same SDK either way.
 */
export interface StripeAccess {
  mode: "stripe" | "emulator" | "disabled";
  /** Null when billing is disabled (production without keys): paid checkout answers 501. */
  client: Stripe | null;
  publishableKey: string;
  webhookSecret: string | null;
  emulator: StripeEmulator | null;
  /** Points the emulator's webhooks at this app once its URL is known (a no-op with real Stripe). */
  connect(appBaseUrl: string): void;
  close(): Promise<void>;
}

function sdk(secretKey: string, apiUrl: string | undefined): Stripe {
  const target = apiUrl ? new URL(apiUrl) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(target
      ? {
          host: target.hostname,
          port: Number(target.port || (target.protocol === "https:" ? 443 : 80)),
          protocol: target.protocol === "https:" ? "https" : "http",
        }
      : {}),
  });
}

export async function createStripeAccess(env: Env, log: Logger): Promise<StripeAccess> {
  if (env.STRIPE_SECRET_KEY) {
    return {
      mode: "stripe",
      client: sdk(env.STRIPE_SECRET_KEY, env.STRIPE_API_URL),
      publishableKey: env.STRIPE_PUBLISHABLE_KEY ?? "",
      webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? null,
      emulator: null,
      connect() {},
      async close() {},
    };
  }
  if (env.NODE_ENV === "production") {
    log.warn("STRIPE_SECRET_KEY is not set: paid plans and bundles cannot be bought");
    return {
      mode: "disabled",
      client: null,
      publishableKey: "",
      webhookSecret: null,
      emulator: null,
      connect() {},
      async close() {},
    };
  }
  const emulator = await startStripeEmulator({ port: env.STRIPE_EMULATOR_PORT, host: "127.0.0.1" });
  const webhookSecret = `whsec_${randomBytes(24).toString("base64url")}`;
  let connected = false;
  return {
    mode: "emulator",
    client: sdk("sk_test_emulator", emulator.url),
    publishableKey: "pk_test_emulator",
    webhookSecret,
    emulator,
    connect(appBaseUrl) {
      if (connected) return;
      connected = true;
      emulator.addWebhookEndpoint(`${appBaseUrl}${STRIPE_WEBHOOK_PATH}`, webhookSecret);
      log.info(
        { emulator: emulator.url },
        "STRIPE_SECRET_KEY is not set: using the built-in Stripe emulator (test mode)",
      );
    },
    close: () => emulator.close(),
  };
}
