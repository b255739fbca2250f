import { Card, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { useTRPC } from "../../lib/trpc";
import { BillingHeader } from "./BillingHeader";
import { BundleCard } from "./BundleCard";
import { CheckoutCanceledAlert } from "./CheckoutCanceledAlert";
import { formatCredits } from "./money";
import { useCanManageBilling } from "./permissions";
import { useCheckout } from "./useCheckout";

/** /app/billing/bundles: credit bundles on sale; owners and admins buy them (a one-time payment). */
export function BundlesPage() {
  const trpc = useTRPC();
  const bundles = useQuery(trpc.billing.bundles.queryOptions());
  const canManage = useCanManageBilling();
  const checkout = useCheckout();

  return (
    <>
      <BillingHeader
        title="Credit bundles"
        description="Extra credits for a one-time payment. Purchased credits never expire and are spent after plan credits."
      />
      <Stack gap="lg">
        <CheckoutCanceledAlert />
        {checkout.error && <ErrorAlert error={checkout.error} title="Could not start the checkout" />}
        {!canManage && (
          <Text size="sm" c="dimmed" data-testid="bundles-read-only">
            Only the team's owner and admins can buy credits.
          </Text>
        )}
        <QueryState
          query={bundles}
          loadingLabel="Loading credit bundles"
          errorTitle="Could not load credit bundles"
          loading={
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
              <CardSkeleton height={200} />
              <CardSkeleton height={200} />
              <CardSkeleton height={200} />
            </SimpleGrid>
          }
        >
          {({ bundles: rows }) =>
            rows.length === 0 ? (
              <Card withBorder padding="xl" ta="center">
                <Text c="dimmed" data-testid="no-bundles">
                  No credit bundles are on sale right now.
                </Text>
              </Card>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" data-testid="bundles-grid">
                {rows.map((bundle) => (
                  <BundleCard
                    key={bundle.id}
                    bundle={bundle}
                    canBuy={canManage}
                    buying={checkout.pendingKey === bundle.id}
                    disabled={checkout.busy}
                    onBuy={() =>
                      checkout.start({
                        key: bundle.id,
                        assignedMessage: `${formatCredits(bundle.credits)} added.`,
                        request: { bundleId: bundle.id },
                      })
                    }
                  />
                ))}
              </SimpleGrid>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
