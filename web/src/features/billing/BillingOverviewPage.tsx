import { Anchor, Card, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { QueryState } from "../../components/QueryState";
import { useTRPC } from "../../lib/trpc";
import { BillingHeader } from "./BillingHeader";
import { CreditSummaryCard } from "./CreditSummaryCard";
import { combineQueries } from "./combine-queries";
import { useCanManageBilling } from "./permissions";
import { useBillingOverview } from "./queries";
import { SubscriptionCard } from "./SubscriptionCard";

/** /app/billing: the team's plan and subscription, its credits, and the way to plans, bundles and invoices. */
export function BillingOverviewPage() {
  const trpc = useTRPC();
  const overview = useBillingOverview();
  const status = useQuery(trpc.billing.status.queryOptions(undefined, { staleTime: 0 }));
  const canManage = useCanManageBilling();

  return (
    <>
      <BillingHeader title="Billing" description="Your team's plan, credits and payments." />
      <QueryState
        query={combineQueries(overview, status)}
        loadingLabel="Loading billing"
        errorTitle="Could not load billing"
        loading={
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <CardSkeleton height={280} />
            <CardSkeleton height={180} />
          </SimpleGrid>
        }
      >
        {([data, subscription]) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <SubscriptionCard
              overview={data}
              cancelAtPeriodEnd={subscription.cancel_at_period_end === true}
              canManage={canManage}
            />
            <Stack gap="lg">
              <CreditSummaryCard
                subscriptionCredits={data.tenantSubscriptionCredits}
                purchasedCredits={data.tenantPurchasedCredits}
                canManage={canManage}
              />
              <Card withBorder padding="lg" component="section" aria-labelledby="payments-title">
                <Text component="h2" id="payments-title" fw={600} fz="md" m={0} mb="xs">
                  Payments
                </Text>
                <Text size="sm" c="dimmed" mb="sm">
                  Every subscription payment and credit purchase, with its invoice as PDF.
                </Text>
                <Anchor component={Link} to="/app/billing/history" size="sm">
                  Invoices and payment history
                </Anchor>
              </Card>
            </Stack>
          </SimpleGrid>
        )}
      </QueryState>
    </>
  );
}
