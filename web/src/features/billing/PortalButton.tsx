import { Button, type ButtonProps, Stack } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { usePortal } from "./queries";

/** Opens Stripe's billing portal (payment methods, plan switch); a refusal is explained under the button. */
export function PortalButton({ variant = "default", size }: Pick<ButtonProps, "variant" | "size">) {
  const portal = usePortal();
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant={variant}
        size={size}
        rightSection={<IconExternalLink size={14} aria-hidden />}
        onClick={() => portal.mutate()}
        loading={portal.isPending || portal.isSuccess}
      >
        Manage in portal
      </Button>
      {portal.isError && <ErrorAlert error={portal.error} title="Could not open the billing portal" />}
    </Stack>
  );
}
