import { Badge, Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { IconCoins } from "@tabler/icons-react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { LoadMore, PAGED, pagedList } from "../../components/LoadMore";
import { QueryState } from "../../components/QueryState";
import { formatDateTime, formatRelative } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { BillingHeader } from "./BillingHeader";
import { CreditSummaryCard } from "./CreditSummaryCard";
import { describeChange, ledgerKind } from "./ledger-kinds";
import { formatDelta } from "./money";
import { useCanManageBilling } from "./permissions";
import type { LedgerEntry } from "./types";

function LedgerRow({ entry }: { entry: LedgerEntry }) {
  const kind = ledgerKind(entry.kind);
  const change = entry.subscriptionDelta + entry.purchasedDelta;
  const balance = entry.subscriptionBalance + entry.purchasedBalance;
  return (
    <Table.Tr data-testid="ledger-entry" data-kind={entry.kind}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {entry.description}
        </Text>
        <Group gap={6} mt={4}>
          <Badge size="xs" variant="light" color={kind.color} tt="none">
            {kind.label}
          </Badge>
          <Text size="xs" c="dimmed" title={formatDateTime(entry.createdAt)} hiddenFrom="sm">
            {formatRelative(entry.createdAt)}
          </Text>
          {entry.shortfall > 0 && (
            <Text size="xs" c="orange.8">
              {entry.shortfall} already spent
            </Text>
          )}
        </Group>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" title={formatDateTime(entry.createdAt)}>
          {formatRelative(entry.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text
          size="sm"
          fw={600}
          c={change > 0 ? "teal.8" : change < 0 ? undefined : "dimmed"}
          title={describeChange(entry, (n) => formatDelta(n))}
          style={{ whiteSpace: "nowrap" }}
          data-testid="ledger-change"
        >
          {formatDelta(change)}
        </Text>
      </Table.Td>
      <Table.Td ta="right" visibleFrom="sm">
        <Text
          size="sm"
          c="dimmed"
          title={`${entry.subscriptionBalance} plan + ${entry.purchasedBalance} purchased`}
          style={{ whiteSpace: "nowrap" }}
        >
          {new Intl.NumberFormat().format(balance)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** /app/billing/credits: both balances and every change to them, newest first. */
export function CreditsPage() {
  const trpc = useTRPC();
  const canManage = useCanManageBilling();
  const balance = useQuery(trpc.credits.balance.queryOptions(undefined, { staleTime: 0 }));
  const ledger = useInfiniteQuery(
    trpc.credits.ledger.infiniteQueryOptions(undefined, { ...PAGED, staleTime: 0 }),
  );

  return (
    <>
      <BillingHeader
        title="Credits"
        description="What your team can spend on usage, and every grant, purchase and spend."
        actions={
          canManage && (
            <Button
              component={Link}
              to="/app/billing/bundles"
              leftSection={<IconCoins size={16} aria-hidden />}
            >
              Buy credits
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <QueryState
          query={balance}
          loadingLabel="Loading credit balance"
          errorTitle="Could not load the credit balance"
          loading={<CardSkeleton height={150} />}
        >
          {(data) => (
            <CreditSummaryCard
              subscriptionCredits={data.subscriptionCredits}
              purchasedCredits={data.purchasedCredits}
              canManage={false}
              withHistoryLink={false}
              title="Balance"
            />
          )}
        </QueryState>
        <Card withBorder padding="lg" component="section" aria-labelledby="ledger-title">
          <Text component="h2" id="ledger-title" fw={600} fz="md" m={0} mb="md">
            Credit history
          </Text>
          <QueryState
            query={pagedList(ledger, (page) => page.entries)}
            loadingLabel="Loading credit history"
            errorTitle="Could not load the credit history"
            loading={<CardSkeleton height={200} />}
          >
            {(entries) =>
              entries.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="no-ledger-entries">
                  No credit changes yet. Plan grants, purchases and usage show up here.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
                  <Table verticalSpacing="sm" data-testid="ledger-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>What</Table.Th>
                        <Table.Th visibleFrom="sm">When</Table.Th>
                        <Table.Th ta="right">Change</Table.Th>
                        <Table.Th ta="right" visibleFrom="sm">
                          Balance
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {entries.map((entry) => (
                        <LedgerRow key={entry.id} entry={entry} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            }
          </QueryState>
          <LoadMore query={ledger} />
        </Card>
      </Stack>
    </>
  );
}
