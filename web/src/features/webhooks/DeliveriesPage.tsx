import { Button, Card, Stack, Table, Text } from "@mantine/core";
import { IconArrowBackUp } from "@tabler/icons-react";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { LoadMore, PAGED, pagedList } from "../../components/LoadMore";
import { QueryState } from "../../components/QueryState";
import { RefreshButton } from "../../components/RefreshButton";
import { useConfirmedMutation } from "../../components/useConfirmedMutation";
import { notify } from "../../lib/notify";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { DeliveryDrawer } from "./DeliveryDrawer";
import { DeliveryFilterBar } from "./DeliveryFilterBar";
import { DeliveryRow } from "./DeliveryRow";
import {
  DELIVERY_POLL_MS,
  type DeliveryFilters,
  deliveriesInput,
  deliveryPollInterval,
  filtersFromParams,
  filtersToParams,
  needsPolling,
} from "./delivery-filters";
import { useWebhookScope } from "./scope";
import { requeuedNotice } from "./status";
import { WebhookHeader } from "./WebhookHeader";

function useRequeueAllDead(webhookName: (id: string) => string | undefined) {
  const { api } = useWebhookScope();
  const queryClient = useQueryClient();
  const requeue = useConfirmedMutation(
    useMutation(
      api.requeueDead.mutationOptions({
        onSuccess: ({ requeued }) => {
          const { title, message } = requeuedNotice(requeued);
          notify(message, { title, color: requeued === 0 ? "blue" : "green" });
          return queryClient.invalidateQueries(api.pathFilter());
        },
      }),
    ),
    (scope: { webhookId: string | null }) => (scope.webhookId ? { webhookId: scope.webhookId } : undefined),
  );
  const target = requeue.item?.webhookId;
  const description = target
    ? `Every dead delivery of ${webhookName(target) ?? "this webhook"} is attempted again, with a fresh retry schedule.`
    : "Every dead delivery of every webhook is attempted again, with a fresh retry schedule.";
  return { ...requeue, description };
}

/** The delivery log, newest first: filters in the address, polling while something may still change. */
export function DeliveriesPage() {
  const { api, logTitle } = useWebhookScope();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const setFilters = (next: DeliveryFilters) => setParams(filtersToParams(next), { replace: true });
  const deliveries = useInfiniteQuery(
    api.deliveries.infiniteQueryOptions(deliveriesInput(filters), {
      ...PAGED,
      staleTime: 0,
      refetchInterval: (query) =>
        deliveryPollInterval(query.state.data?.pages.flatMap((page) => page.deliveries) ?? []),
    }),
  );
  const webhooks = useQuery(api.list.queryOptions()).data?.webhooks ?? [];
  const eventTypes = useQuery(
    api.eventTypes.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const requeueDead = useRequeueAllDead((id) => webhooks.find((webhook) => webhook.id === id)?.name);
  const shown = pagedList(deliveries, (page) => page.deliveries);
  const polling = needsPolling(shown.data ?? []);

  return (
    <>
      <WebhookHeader
        title={logTitle}
        description="Every event and test sent, newest first. Open one for its payload and attempts."
        actions={
          <>
            <RefreshButton onClick={() => void deliveries.refetch()} loading={deliveries.isRefetching} />
            <Button
              size="xs"
              variant="default"
              color="red"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              onClick={() => requeueDead.ask({ webhookId: filters.webhookId })}
            >
              Requeue all dead
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <DeliveryFilterBar
          filters={filters}
          onChange={setFilters}
          webhooks={webhooks}
          eventTypes={eventTypes.data?.eventTypes.map((type) => type.type) ?? []}
        />
        <Card withBorder padding="lg" component="section" aria-label="Deliveries">
          <QueryState
            query={shown}
            loadingLabel="Loading deliveries"
            errorTitle="Could not load deliveries"
            loading={<CardSkeleton height={200} />}
          >
            {(rows) =>
              rows.length === 0 ? (
                <Text c="dimmed" ta="center" py="lg" data-testid="no-deliveries">
                  {filters.status || filters.webhookId || filters.eventType
                    ? "No deliveries match these filters."
                    : "No deliveries yet. Events your webhooks subscribe to show up here as they happen, and so do tests."}
                </Text>
              ) : (
                <Stack gap="xs">
                  <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
                    <Table verticalSpacing="sm" highlightOnHover data-testid="deliveries-table">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={1}>Status</Table.Th>
                          <Table.Th>Event</Table.Th>
                          <Table.Th visibleFrom="sm">Webhook</Table.Th>
                          <Table.Th visibleFrom="sm" ta="right">
                            Attempts
                          </Table.Th>
                          <Table.Th visibleFrom="sm" ta="right">
                            Last code
                          </Table.Th>
                          <Table.Th visibleFrom="sm">Next / delivered</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {rows.map((delivery) => (
                          <DeliveryRow
                            key={delivery.id}
                            delivery={delivery}
                            onOpen={() => setOpenId(delivery.id)}
                          />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                  {polling && (
                    <Text size="xs" c="dimmed" ta="center" data-testid="deliveries-polling">
                      Updating every {DELIVERY_POLL_MS / 1000} s while a delivery is pending or retrying.
                    </Text>
                  )}
                </Stack>
              )
            }
          </QueryState>
          <LoadMore query={deliveries} />
        </Card>
      </Stack>
      <DeliveryDrawer deliveryId={openId} onClose={() => setOpenId(null)} />
      <ConfirmDialog
        title="Requeue dead deliveries"
        confirmLabel="Requeue"
        color="blue"
        {...requeueDead.dialog}
      >
        <Text size="sm">{requeueDead.description}</Text>
      </ConfirmDialog>
    </>
  );
}
