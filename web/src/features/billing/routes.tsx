import type { RouteObject } from "react-router";
import { BillingOverviewPage } from "./BillingOverviewPage";
import { BundlesPage } from "./BundlesPage";
import { CheckoutReturnPage } from "./CheckoutReturnPage";
import { CreditsPage } from "./CreditsPage";
import { HistoryPage } from "./HistoryPage";
import { InvoicePage } from "./InvoicePage";
import { PlansPage } from "./PlansPage";

/** The tenant's billing pages under /app (the checkout return path is the one Stripe redirects to). */
export const billingRoutes: RouteObject[] = [
  { path: "billing", element: <BillingOverviewPage /> },
  { path: "billing/plans", element: <PlansPage /> },
  { path: "billing/bundles", element: <BundlesPage /> },
  { path: "billing/credits", element: <CreditsPage /> },
  { path: "billing/history", element: <HistoryPage /> },
  { path: "billing/history/:id", element: <InvoicePage /> },
  { path: "billing/return", element: <CheckoutReturnPage /> },
];
