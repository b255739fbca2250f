import { Alert, Group, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { httpStatusOf } from "../../lib/errors";
import { BillingHeader } from "./BillingHeader";
import { CheckoutCanceledAlert } from "./CheckoutCanceledAlert";
import { PlanCard } from "./PlanCard";
import { PortalButton } from "./PortalButton";
import { useCanManageBilling } from "./permissions";
import { bestAnnualDiscount } from "./pricing";
import { useBillingOverview } from "./queries";
import { hasLiveSubscription } from "./status";
import type { BillingInterval, BillingOverview, Plan } from "./types";
import { useCheckout } from "./useCheckout";

/** With a live subscription a new checkout would be a second one: plan changes go through the portal. */
function blockedReason(overview: BillingOverview, plan: Plan): string | null {
  if (!hasLiveSubscription(overview)) return null;
  return plan.monthlyPriceCents === 0
    ? "Cancel the subscription to move to this plan"
    : "Switch plans in the billing portal";
}

/** /app/billing/plans: every plan by price, monthly or annual; owners and admins choose one here. */
export function PlansPage() {
  const overview = useBillingOverview();
  const canManage = useCanManageBilling();
  const checkout = useCheckout();
  const [chosenInterval, setChosenInterval] = useState<BillingInterval | null>(null);
  const interval = chosenInterval ?? overview.data?.billingInterval ?? "month";

  return (
    <>
      <BillingHeader
        title="Plans"
        description={canManage ? "Pick the plan that fits your team." : "The plans your team can be on."}
      />
      <QueryState
        query={overview}
        loadingLabel="Loading plans"
        errorTitle="Could not load plans"
        loading={
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
            <CardSkeleton height={360} />
            <CardSkeleton height={360} />
            <CardSkeleton height={360} />
          </SimpleGrid>
        }
      >
        {(data) => {
          const discount = bestAnnualDiscount(data.plans);
          return (
            <Stack gap="lg">
              <CheckoutCanceledAlert />
              {canManage && hasLiveSubscription(data) && (
                <Alert
                  color="blue"
                  variant="light"
                  icon={<IconInfoCircle aria-hidden />}
                  title="You have a subscription"
                >
                  <Stack gap="sm" align="flex-start">
                    <Text size="sm">
                      Switch plans or billing interval in the billing portal; the change is prorated there.
                    </Text>
                    <PortalButton size="xs" />
                  </Stack>
                </Alert>
              )}
              {checkout.error && (
                <ErrorAlert
                  error={checkout.error}
                  title={
                    httpStatusOf(checkout.error) === 409
                      ? "This plan cannot be chosen here"
                      : "Could not start the checkout"
                  }
                />
              )}
              <Group justify="space-between" wrap="wrap" gap="sm">
                <SegmentedControl
                  aria-label="Billing interval"
                  value={interval}
                  onChange={(value) => setChosenInterval(value as BillingInterval)}
                  data={[
                    { value: "month", label: "Monthly" },
                    { value: "year", label: discount > 0 ? `Annual (save up to ${discount}%)` : "Annual" },
                  ]}
                />
                {!canManage && (
                  <Text size="sm" c="dimmed" data-testid="plans-read-only">
                    Only the team's owner and admins can change the plan.
                  </Text>
                )}
              </Group>
              {data.plans.length === 0 ? (
                <Text c="dimmed" data-testid="no-plans">
                  No plans are on offer yet.
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" data-testid="plans-grid">
                  {data.plans.map((plan) => (
                    <PlanCard
                      key={plan.id}
                      plan={plan}
                      interval={interval}
                      current={plan.id === data.currentPlanId}
                      canChoose={canManage}
                      chooseBlockedReason={blockedReason(data, plan)}
                      choosing={checkout.pendingKey === plan.id}
                      disabled={checkout.busy}
                      onChoose={() =>
                        checkout.start({
                          key: plan.id,
                          assignedMessage: `Your team is now on ${plan.name}.`,
                          request: { planId: plan.id, billingInterval: interval },
                        })
                      }
                    />
                  ))}
                </SimpleGrid>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
