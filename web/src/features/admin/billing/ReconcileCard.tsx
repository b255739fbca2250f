import { Alert, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useTRPC } from "../../../lib/trpc";

/** Re-syncs every customer from Stripe on demand (it also runs nightly) and shows what was corrected. */
export function ReconcileCard() {
  const trpc = useTRPC();
  const reconcile = useMutation(trpc.adminBilling.reconcile.mutationOptions());
  const report = reconcile.data;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Stripe reconciliation">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4">
              Stripe reconciliation
            </Title>
            <Text size="sm" c="dimmed">
              Stripe is the truth: re-read every customer and correct what drifted. Also runs every night.
            </Text>
          </div>
          <Button
            variant="light"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={reconcile.isPending}
            onClick={() => reconcile.mutate()}
          >
            Reconcile now
          </Button>
        </Group>
        {reconcile.error && <ErrorAlert error={reconcile.error} title="Reconciliation failed" />}
        {report && (
          <Alert color={report.failed.length > 0 ? "orange" : "teal"} data-testid="reconcile-report">
            <Text size="sm" fw={600}>
              Checked {report.customers} customer{report.customers === 1 ? "" : "s"}:{" "}
              {report.corrected.length === 0
                ? "nothing to correct."
                : `corrected ${report.corrected.length}.`}
              {report.failed.length > 0 ? ` ${report.failed.length} could not be read from Stripe.` : ""}
            </Text>
            {report.corrected.length > 0 && (
              <List size="sm" mt="xs">
                {report.corrected.flatMap((customer) =>
                  customer.changes.map((change) => (
                    <List.Item key={`${customer.customerId}-${change}`}>{change}</List.Item>
                  )),
                )}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
