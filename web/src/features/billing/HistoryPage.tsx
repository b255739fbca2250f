import { Anchor, Badge, Card, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { QueryState } from "../../components/QueryState";
import { formatDate, formatDateTime } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { BillingHeader } from "./BillingHeader";
import { formatMoney } from "./money";
import { transactionType } from "./transaction-labels";
import type { Transaction } from "./types";

export const HISTORY_PER_PAGE = 20;

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function TypeBadge({ type }: { type: Transaction["type"] }) {
  const { label, color } = transactionType(type);
  return (
    <Badge size="sm" variant="light" color={color} tt="none" styles={{ root: { minWidth: "max-content" } }}>
      {label}
    </Badge>
  );
}

function TransactionRow({ transaction: t }: { transaction: Transaction }) {
  const to = `/app/billing/history/${t.id}`;
  return (
    <Table.Tr data-testid={`transaction-${t.invoiceNumber ?? t.id}`}>
      <Table.Td>
        <Anchor component={Link} to={to} size="sm" fw={500}>
          {t.description}
        </Anchor>
        <Group gap={6} mt={4} hiddenFrom="sm">
          <Text size="xs" c="dimmed">
            {formatDate(t.createdAt)}
            {t.invoiceNumber ? ` · ${t.invoiceNumber}` : ""}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" title={formatDateTime(t.createdAt)}>
          {formatDate(t.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <TypeBadge type={t.type} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" ff="monospace" data-testid="invoice-number">
          {t.invoiceNumber ?? "–"}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text
          size="sm"
          fw={600}
          c={t.amountCents < 0 ? "orange.8" : undefined}
          style={{ whiteSpace: "nowrap" }}
        >
          {formatMoney(t.amountCents, t.currency)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** /app/billing/history: the team's payments and refunds, newest first, 20 a page; each opens its invoice. */
export function HistoryPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params.get("page"));
  const history = useQuery(
    trpc.billing.transactions.queryOptions(
      { page, perPage: HISTORY_PER_PAGE },
      { placeholderData: keepPreviousData },
    ),
  );

  return (
    <>
      <BillingHeader
        title="Payment history"
        description="Subscription payments, credit purchases and refunds, with invoices."
      />
      <Card withBorder padding="lg" component="section" aria-label="Payments">
        <QueryState
          query={history}
          loadingLabel="Loading payments"
          errorTitle="Could not load payments"
          loading={<CardSkeleton height={200} />}
        >
          {({ transactions, total }) =>
            transactions.length === 0 ? (
              <Text c="dimmed" ta="center" py="lg" data-testid="no-transactions">
                {total === 0
                  ? "No payments yet. Subscriptions and credit purchases show up here with their invoices."
                  : "No payments on this page."}
              </Text>
            ) : (
              <Stack gap="md">
                <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
                  <Table verticalSpacing="sm" highlightOnHover data-testid="transactions-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Description</Table.Th>
                        <Table.Th visibleFrom="sm">Date</Table.Th>
                        <Table.Th visibleFrom="sm">Type</Table.Th>
                        <Table.Th visibleFrom="sm">Invoice</Table.Th>
                        <Table.Th ta="right">Amount</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {transactions.map((transaction) => (
                        <TransactionRow key={transaction.id} transaction={transaction} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {total > HISTORY_PER_PAGE && (
                  <Group justify="space-between" gap="sm">
                    <Text size="xs" c="dimmed">
                      {total} payments
                    </Text>
                    <Pagination
                      size="sm"
                      total={Math.ceil(total / HISTORY_PER_PAGE)}
                      value={page}
                      onChange={(next) => setParams(next === 1 ? {} : { page: String(next) })}
                      getControlProps={(control) => ({ "aria-label": `${control} page` })}
                    />
                  </Group>
                )}
              </Stack>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
