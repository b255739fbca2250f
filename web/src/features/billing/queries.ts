import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../../lib/trpc";

/** The payment mode never changes while the server runs: asked once per session. */
export function useBillingMode() {
  const trpc = useTRPC();
  return useQuery(
    trpc.billing.publishableKey.queryOptions(undefined, {
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    }),
  );
}

/** The tenant's plan, credits and subscription: asked again on every visit (a webhook may have changed it). */
export function useBillingOverview() {
  const trpc = useTRPC();
  return useQuery(trpc.billing.plans.queryOptions(undefined, { staleTime: 0 }));
}

/** After a purchase, cancel or resume: everything billing and credits shows is asked again. */
export function useReloadBilling() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.billing.pathFilter()),
        queryClient.invalidateQueries(trpc.credits.pathFilter()),
      ]),
    [queryClient, trpc],
  );
}

/** Opens Stripe's billing portal (payment methods, invoices, plan switch); the browser leaves on success. */
export function usePortal() {
  const trpc = useTRPC();
  return useMutation(
    trpc.billing.portal.mutationOptions({ onSuccess: ({ portalUrl }) => window.location.assign(portalUrl) }),
  );
}
