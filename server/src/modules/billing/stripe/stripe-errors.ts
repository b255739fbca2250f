import Stripe from "stripe";
import { AppError } from "../../../lib/errors.js";

/**
 * A Stripe failure a caller should see as what it is, not as our 500: Stripe unreachable or
 * refusing is a 503 to retry later; a declined card is a 402.
 */
export function stripeFailureAsAppError(error: unknown): AppError | null {
  if (!(error instanceof Stripe.errors.StripeError)) return null;
  if (error instanceof Stripe.errors.StripeCardError) {
    return new AppError("PAYMENT_REQUIRED", error.message, { cause: error });
  }
  return new AppError(
    "SERVICE_UNAVAILABLE",
    "The payment provider could not complete this request; try again in a moment",
    { cause: error },
  );
}
