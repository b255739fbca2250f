import { Anchor, Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { IconArrowLeft, IconDownload } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { formatDate } from "../../lib/format";
import { notify } from "../../lib/notify";
import { useTRPC, useTRPCClient } from "../../lib/trpc";
import { BillingHeader } from "./BillingHeader";
import { downloadInvoice, saveBlob } from "./download-invoice";
import { formatMoney } from "./money";
import { transactionType } from "./transaction-labels";
import type { TransactionDetail } from "./types";

function Party({ label, name }: { label: string; name: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {name}
      </Text>
    </Stack>
  );
}

function Invoice({ detail }: { detail: TransactionDetail }) {
  const { transaction: t, tenant, seller } = detail;
  const type = transactionType(t.type);
  const period =
    t.periodStart && t.periodEnd ? `${formatDate(t.periodStart)} – ${formatDate(t.periodEnd)}` : null;
  const item = t.planName ?? t.bundleName;
  return (
    <Card
      withBorder
      padding="xl"
      component="article"
      aria-label={`Invoice ${t.invoiceNumber ?? ""}`.trim()}
      data-testid="invoice"
    >
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t.type === "refund" ? "Refund" : "Invoice"}
            </Text>
            <Text fz="xl" fw={700} ff="monospace" data-testid="invoice-number">
              {t.invoiceNumber ?? "No invoice number"}
            </Text>
          </Stack>
          <Badge variant="light" color={type.color} tt="none">
            {type.label}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <Party label="From" name={seller.name} />
          <Party label="Billed to" name={tenant.name} />
          <Party label="Date" name={formatDate(t.createdAt)} />
        </SimpleGrid>
        <Divider />
        <Table.ScrollContainer minWidth={260}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t.description}
                  </Text>
                  {item && !t.description.includes(item) && (
                    <Text size="xs" c="dimmed">
                      {t.planName ? `Plan: ${t.planName}` : `Credit bundle: ${t.bundleName}`}
                    </Text>
                  )}
                  {period && (
                    <Text size="xs" c="dimmed" data-testid="invoice-period">
                      Period: {period}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {formatMoney(t.amountCents, t.currency)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end" gap="xl">
          <Text fw={600}>Total</Text>
          <Text fw={700} fz="lg" data-testid="invoice-total">
            {formatMoney(t.amountCents, t.currency)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          Amounts in {t.currency.toUpperCase()}.{" "}
          {t.type === "refund" ? "Refunded to the original payment method." : "Paid by card through Stripe."}
        </Text>
      </Stack>
    </Card>
  );
}

/** /app/billing/history/:id: one payment as an invoice, with its PDF for download. */
export function InvoicePage() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { id = "" } = useParams();
  const detail = useQuery(trpc.billing.transaction.queryOptions({ id }, { retry: false }));
  const download = useMutation({
    mutationFn: (transaction: { id: string; invoiceNumber: string | null }) =>
      downloadInvoice(transaction, {
        fetch: (...args) => fetch(...args),
        refreshSession: () => client.auth.me.query(),
        save: saveBlob,
      }),
    onSuccess: (fileName) => notify(`${fileName} is downloading.`, { title: "Invoice downloaded" }),
  });
  const transaction = detail.data?.transaction;

  return (
    <>
      <BillingHeader
        title={transaction?.invoiceNumber ? `Invoice ${transaction.invoiceNumber}` : "Invoice"}
        description={
          <Anchor component={Link} to="/app/billing/history" size="sm">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px" }} /> All payments
          </Anchor>
        }
        actions={
          transaction && (
            <Button
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => download.mutate(transaction)}
              loading={download.isPending}
            >
              Download PDF
            </Button>
          )
        }
      />
      <Stack gap="md">
        {download.isError && <ErrorAlert error={download.error} title="Could not download the invoice" />}
        <QueryState
          query={detail}
          loadingLabel="Loading invoice"
          errorTitle="Could not load the invoice"
          loading={<CardSkeleton height={360} />}
        >
          {(data) => <Invoice detail={data} />}
        </QueryState>
      </Stack>
    </>
  );
}
