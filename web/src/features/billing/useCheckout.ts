import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { useReloadBilling } from "./queries";

export type CheckoutRequest = { planId: string; billingInterval: "month" | "year" } | { bundleId: string };

/** The thing being bought, so its button spins and the message can name it. */
export interface CheckoutItem {
  key: string;
  /** "You're on Pro." / "1,000 credits added." — shown when the server applies it without payment. */
  assignedMessage: string;
  request: CheckoutRequest;
}

/**
 * Starts a checkout: the buyer goes to the hosted payment page (Stripe, or the emulator in test mode);
 * free plans and waived billing are applied at once. While the browser leaves, the button keeps spinning.
 */
export function useCheckout() {
  const trpc = useTRPC();
  const reload = useReloadBilling();
  const [item, setItem] = useState<CheckoutItem | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const checkout = useMutation(
    trpc.billing.checkout.mutationOptions({
      onSuccess: ({ checkoutUrl, assigned }) => {
        if (checkoutUrl) {
          setRedirecting(true);
          window.location.assign(checkoutUrl);
          return;
        }
        if (assigned && item) notify(item.assignedMessage, { title: "Done" });
        return reload();
      },
    }),
  );
  return {
    start: (next: CheckoutItem) => {
      setItem(next);
      checkout.mutate(next.request);
    },
    /** The key of the item whose checkout is starting (or whose payment page is loading). */
    pendingKey: checkout.isPending || redirecting ? (item?.key ?? null) : null,
    busy: checkout.isPending || redirecting,
    error: checkout.error,
  };
}
