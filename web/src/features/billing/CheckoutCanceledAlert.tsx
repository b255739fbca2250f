import { Alert } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useSearchParams } from "react-router";

/** Stripe sends a buyer who backs out to `?checkout=canceled`: say that nothing happened. */
export function CheckoutCanceledAlert() {
  const [params, setParams] = useSearchParams();
  if (params.get("checkout") !== "canceled") return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title="Checkout canceled"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => {
        params.delete("checkout");
        setParams(params, { replace: true });
      }}
      data-testid="checkout-canceled"
    >
      Nothing was charged. Pick again whenever you are ready.
    </Alert>
  );
}
