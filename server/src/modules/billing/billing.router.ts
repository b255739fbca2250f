import { router } from "../../trpc/init.js";
import { catalogBillingRoutes } from "./catalog/catalog.router.js";
import { invoiceBillingRoutes } from "./invoices/invoices.routes.js";
import { subscriptionBillingRoutes } from "./subscriptions/subscription.routes.js";

/** The current tenant's billing: catalog, checkout, subscription, history (X-Tenant-ID). */
export const billingRouter = router({
  ...catalogBillingRoutes,
  ...subscriptionBillingRoutes,
  ...invoiceBillingRoutes,
});
