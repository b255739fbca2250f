import { Anchor, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "react-router";

interface CreditSummaryCardProps {
  subscriptionCredits: number;
  purchasedCredits: number;
  canManage: boolean;
  /** The credits page itself needs no link to itself. */
  withHistoryLink?: boolean;
  title?: string;
}

function Amount({
  label,
  value,
  testId,
  strong = false,
}: {
  label: string;
  value: number;
  testId: string;
  strong?: boolean;
}) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={strong ? 28 : 22} fw={700} lh={1.2} data-testid={testId}>
        {new Intl.NumberFormat().format(value)}
      </Text>
    </Stack>
  );
}

/** Both credit buckets and their total; plan credits are spent first. */
export function CreditSummaryCard({
  subscriptionCredits,
  purchasedCredits,
  canManage,
  withHistoryLink = true,
  title = "Credits",
}: CreditSummaryCardProps) {
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="credits-title"
      data-testid="credit-summary"
    >
      <Text component="h2" id="credits-title" fw={600} fz="md" m={0} mb="md">
        {title}
      </Text>
      <SimpleGrid cols={3} spacing="sm">
        <Amount label="Total" value={subscriptionCredits + purchasedCredits} testId="credits-total" strong />
        <Amount label="From plan" value={subscriptionCredits} testId="credits-subscription" />
        <Amount label="Purchased" value={purchasedCredits} testId="credits-purchased" />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        Usage spends plan credits first, then purchased ones. Purchased credits never expire.
      </Text>
      {(withHistoryLink || canManage) && (
        <Group gap="md" mt="md">
          {withHistoryLink && (
            <Anchor component={Link} to="/app/billing/credits" size="sm">
              Credit history
            </Anchor>
          )}
          {canManage && (
            <Anchor component={Link} to="/app/billing/bundles" size="sm">
              Buy credits
            </Anchor>
          )}
        </Group>
      )}
    </Card>
  );
}
