import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCalendarX, IconInfoCircle } from "@tabler/icons-react";
import { formatDate } from "../../lib/format";
import type { BillingOverview, Plan } from "./types";

interface SubscriptionAlertsProps {
  overview: BillingOverview;
  plan: Plan | undefined;
  cancelAtPeriodEnd: boolean;
  canManage: boolean;
  onResume: () => void;
  resuming: boolean;
}

/** What needs the team's attention: a scheduled cancellation, a failed or overdue payment, waived billing. */
export function SubscriptionAlerts({
  overview,
  plan,
  cancelAtPeriodEnd,
  canManage,
  onResume,
  resuming,
}: SubscriptionAlertsProps) {
  const planName = plan?.name ?? "the plan";
  return (
    <Stack gap="sm">
      {cancelAtPeriodEnd && overview.billingStatus !== null && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconCalendarX aria-hidden />}
          title={`Cancels on ${formatDate(overview.currentPeriodEnd)}`}
          data-testid="cancel-banner"
        >
          <Group justify="space-between" gap="sm" align="flex-end">
            <Text size="sm" style={{ flex: "1 1 220px" }}>
              The team keeps {planName} until then, then moves to the free plan. No further payments are
              taken.
            </Text>
            {canManage && (
              <Button size="xs" color="yellow" variant="white" onClick={onResume} loading={resuming}>
                Resume subscription
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {overview.billingStatus === "past_due" && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Payment failed"
          data-testid="past-due-alert"
        >
          The last payment did not go through. Stripe retries the card; update the payment method in the
          billing portal to keep {planName}.
        </Alert>
      )}
      {overview.billingStatus === "restricted" && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Payment overdue"
          data-testid="restricted-alert"
        >
          The payment is overdue beyond the grace period, so {planName}'s features are restricted until it is
          paid. Update the payment method in the billing portal.
        </Alert>
      )}
      {overview.billingWaived && (
        <Alert color="grape" variant="light" icon={<IconInfoCircle aria-hidden />} title="Billing waived">
          This team gets plans and credit bundles without payment.
        </Alert>
      )}
    </Stack>
  );
}
