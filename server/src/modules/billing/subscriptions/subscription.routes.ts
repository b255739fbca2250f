import { cancelRoute } from "./routes/cancel.js";
import { checkoutRoute } from "./routes/checkout.js";
import { checkoutResultRoute } from "./routes/checkout-result.js";
import { portalRoute } from "./routes/portal.js";
import { publishableKeyRoute } from "./routes/publishable-key.js";
import { resumeRoute } from "./routes/resume.js";
import { statusRoute } from "./routes/status.js";

/** Checkout, portal, cancel/resume and status of the current tenant (mounted under `billing`). */
export const subscriptionBillingRoutes = {
  checkout: checkoutRoute,
  checkoutResult: checkoutResultRoute,
  portal: portalRoute,
  cancel: cancelRoute,
  resume: resumeRoute,
  status: statusRoute,
  publishableKey: publishableKeyRoute,
};
