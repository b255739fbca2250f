import { Anchor, Badge, Button, Card, DataList, Group, Stack, Text } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DataRow } from "../../components/DataRow";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useConfirmedMutation } from "../../components/useConfirmedMutation";
import { formatDate } from "../../lib/format";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { formatCredits } from "./money";
import { intervalLabel, priceDisplay } from "./pricing";
import { usePortal, useReloadBilling } from "./queries";
import { SubscriptionAlerts } from "./SubscriptionAlerts";
import { hasLiveSubscription, statusBadge } from "./status";
import type { BillingOverview, Plan } from "./types";

/** What the team pays: the subscription's price, or why it pays nothing. */
function priceText(plan: Plan, interval: "month" | "year" | null): string {
  if (plan.monthlyPriceCents === 0) return "Free";
  if (interval === null) return "No payment (assigned)";
  const price = priceDisplay(plan, interval);
  return `${price.amount} ${price.per}`;
}

interface SubscriptionCardProps {
  overview: BillingOverview;
  cancelAtPeriodEnd: boolean;
  canManage: boolean;
}

/** The team's plan and subscription, with cancel / resume / portal for owners and admins. */
export function SubscriptionCard({ overview, cancelAtPeriodEnd, canManage }: SubscriptionCardProps) {
  const trpc = useTRPC();
  const reload = useReloadBilling();
  const plan = overview.plans.find((p) => p.id === overview.currentPlanId);
  const badge = statusBadge(overview, plan);
  const live = hasLiveSubscription(overview);

  const cancel = useConfirmedMutation(
    useMutation(
      trpc.billing.cancel.mutationOptions({
        onSuccess: ({ currentPeriodEnd }) => {
          notify(`The subscription ends on ${formatDate(currentPeriodEnd)}.`, {
            title: "Cancellation scheduled",
          });
          return reload();
        },
      }),
    ),
    (_plan: Plan) => undefined,
  );
  const resume = useMutation(
    trpc.billing.resume.mutationOptions({
      onSuccess: () => {
        notify("The subscription renews as before.", { title: "Subscription resumed" });
        return reload();
      },
    }),
  );
  const portal = usePortal();

  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="subscription-title"
      data-testid="subscription-card"
    >
      <Group justify="space-between" wrap="nowrap" mb="md">
        <Text component="h2" id="subscription-title" fw={600} fz="md" m={0}>
          Subscription
        </Text>
        <Badge color={badge.color} variant="light" tt="none" data-testid="billing-status">
          {badge.label}
        </Badge>
      </Group>
      <Stack gap="md">
        <DataList size="sm" labelWidth={128} withDivider>
          <DataRow label="Plan" fw={600} data-testid="current-plan">
            {plan?.name ?? "–"}
          </DataRow>
          {plan && (
            <DataRow label="Price">
              {priceText(plan, live ? (overview.billingInterval ?? "month") : null)}
            </DataRow>
          )}
          {live && (
            <DataRow label="Billing" data-testid="billing-interval">
              {intervalLabel(overview.billingInterval)}
            </DataRow>
          )}
          {live && (
            <DataRow label={cancelAtPeriodEnd ? "Ends on" : "Renews on"} data-testid="period-end">
              {formatDate(overview.currentPeriodEnd)}
            </DataRow>
          )}
          {plan && (
            <DataRow label="Credits">
              {formatCredits(plan.usageCreditsPerMonth)} / month
              {plan.usageCreditsPerMonth > 0 &&
                (plan.creditResetPolicy === "accrue" ? ", unused credits roll over" : ", reset each period")}
            </DataRow>
          )}
        </DataList>

        <SubscriptionAlerts
          overview={overview}
          plan={plan}
          cancelAtPeriodEnd={cancelAtPeriodEnd}
          canManage={canManage}
          onResume={() => resume.mutate()}
          resuming={resume.isPending}
        />
        {resume.isError && <ErrorAlert error={resume.error} title="Could not resume the subscription" />}
        {portal.isError && <ErrorAlert error={portal.error} title="Could not open the billing portal" />}

        {canManage ? (
          <Group gap="sm">
            <Button component={Link} to="/app/billing/plans" variant={live ? "default" : "filled"}>
              {live ? "Compare plans" : "Choose a plan"}
            </Button>
            <Button
              variant="default"
              rightSection={<IconExternalLink size={14} aria-hidden />}
              onClick={() => portal.mutate()}
              loading={portal.isPending || portal.isSuccess}
            >
              Manage in portal
            </Button>
            {live && !cancelAtPeriodEnd && (
              <Button variant="subtle" color="red" onClick={() => plan && cancel.ask(plan)}>
                Cancel subscription
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed" data-testid="billing-read-only">
            Only the team's owner and admins can change the plan.{" "}
            <Anchor component={Link} to="/app/billing/plans" size="sm">
              See the plans
            </Anchor>
          </Text>
        )}
      </Stack>

      <ConfirmDialog title="Cancel subscription" confirmLabel="Cancel at period end" {...cancel.dialog}>
        <CancelExplanation plan={cancel.item} periodEnd={overview.currentPeriodEnd} />
      </ConfirmDialog>
    </Card>
  );
}

function CancelExplanation({ plan, periodEnd }: { plan: Plan | null; periodEnd: string | null }) {
  if (!plan) return null;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Cancel <strong>{plan.name}</strong>? The team keeps it until <strong>{formatDate(periodEnd)}</strong>,
        then moves to the free plan; nothing more is charged.
      </Text>
      <Text size="sm" c="dimmed">
        {plan.creditResetPolicy === "reset"
          ? "Unused plan credits expire when the subscription ends; purchased credits stay."
          : "Credits stay with the team."}{" "}
        You can resume any time before then.
      </Text>
    </Stack>
  );
}
