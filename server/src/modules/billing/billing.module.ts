import { defineModule } from "../app-module.js";
import { adminBillingRouter } from "./admin/admin-billing.router.js";
import { billingRouter } from "./billing.router.js";
import { adminBundlesRouter, adminPlansRouter } from "./catalog/catalog.router.js";
import { creditsRouter } from "./credits/credits.router.js";
import { invoicePdfOpenApiPaths, invoicePdfRoutes } from "./invoices/http/invoice-pdf.route.js";
import { processStripeEventJob } from "./jobs/process-stripe-event.job.js";
import { reconcileBillingJob } from "./jobs/reconcile-billing.job.js";
import { sweepBillingJob } from "./jobs/sweep-billing.job.js";
import { stripeWebhookPaths } from "./webhooks/stripe-webhook.openapi.js";
import { stripeWebhookRoutes } from "./webhooks/stripe-webhook.route.js";

export const billingModule = defineModule({
  name: "billing",
  routers: {
    billing: billingRouter,
    credits: creditsRouter,
    adminPlans: adminPlansRouter,
    adminBundles: adminBundlesRouter,
    adminBilling: adminBillingRouter,
  },
  jobs: [processStripeEventJob, sweepBillingJob, reconcileBillingJob],
  rawBodyRoutes: stripeWebhookRoutes,
  httpRoutes: invoicePdfRoutes,
  openApiPaths: { ...stripeWebhookPaths, ...invoicePdfOpenApiPaths },
  openApiTags: [
    {
      name: "billing",
      description:
        "The tenant's plan, checkout, subscription and invoices. Owners and admins buy and manage; every member reads.",
    },
    {
      name: "credits",
      description: "The tenant's credit balances (subscription and purchased), ledger and spending",
    },
    {
      name: "admin-billing",
      description: "Plans, credit bundles and reconciliation of the platform (platform administrators)",
    },
  ],
});
