import type Stripe from "stripe";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";

/** The Stripe SDK, or a 501 when billing is not configured (production without STRIPE_SECRET_KEY). */
export function requireStripe(deps: Pick<AppDeps, "stripe">): Stripe {
  if (!deps.stripe.client) {
    throw new AppError(
      "NOT_CONFIGURED",
      "Billing is not configured on this server (STRIPE_SECRET_KEY is not set)",
    );
  }
  return deps.stripe.client;
}

/** Events from the other mode (test vs live) of a shared account are not ours. */
export function expectedLivemode(deps: Pick<AppDeps, "env">): boolean {
  return /^(sk|rk)_live_/.test(deps.env.STRIPE_SECRET_KEY ?? "");
}
