import { Anchor, Button, DataList, Drawer, Group, Stack, Text, useMatches } from "@mantine/core";
import { IconArrowBackUp, IconSend } from "@tabler/icons-react";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { DataRow } from "../../components/DataRow";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { formatDateTime } from "../../lib/format";
import { notify } from "../../lib/notify";
import { AttemptList } from "./AttemptList";
import { DeliveryStatusBadge, TestBadge } from "./badges";
import { CodeBlock } from "./CodeBlock";
import { DELIVERY_POLL_MS, needsPolling } from "./delivery-filters";
import { useWebhookScope } from "./scope";
import { deliveryTiming } from "./status";
import type { DeliveryDetail } from "./types";

function DeliveryActions({ delivery }: { delivery: DeliveryDetail["delivery"] }) {
  const { api } = useWebhookScope();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries(api.pathFilter());
  const requeue = useMutation(
    api.requeue.mutationOptions({
      onSuccess: ({ requeued }) => {
        notify(
          requeued > 0
            ? "It is attempted again shortly, with a fresh retry schedule."
            : "It was no longer dead.",
          {
            title: requeued > 0 ? "Delivery requeued" : "Nothing to requeue",
            color: requeued > 0 ? "green" : "blue",
          },
        );
        return reload();
      },
    }),
  );
  const resend = useMutation(
    api.resend.mutationOptions({
      onSuccess: () => {
        notify("A new delivery with the same webhook-id is on its way.", { title: "Event sent again" });
        return reload();
      },
    }),
  );
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {delivery.status === "dead" && (
          <Button
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            loading={requeue.isPending}
            onClick={() => requeue.mutate({ deliveryId: delivery.id })}
          >
            Requeue
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconSend size={16} aria-hidden />}
          loading={resend.isPending}
          onClick={() => resend.mutate({ deliveryId: delivery.id })}
        >
          Resend
        </Button>
      </Group>
      {requeue.isError && <ErrorAlert error={requeue.error} title="Could not requeue the delivery" />}
      {resend.isError && <ErrorAlert error={resend.error} title="Could not send it again" />}
    </Stack>
  );
}

function DeliveryBody({ detail }: { detail: DeliveryDetail }) {
  const { paths } = useWebhookScope();
  const { delivery, attempts } = detail;
  return (
    <Stack gap="lg">
      <DataList size="sm" labelWidth={104} withDivider>
        <DataRow label="Status">
          <Group gap={6}>
            <DeliveryStatusBadge status={delivery.status} />
            {delivery.isTest && <TestBadge />}
            <Text size="xs" c="dimmed">
              {deliveryTiming(delivery)}
            </Text>
          </Group>
        </DataRow>
        <DataRow label="Event" ff="monospace">
          {delivery.eventType}
        </DataRow>
        <DataRow label="Webhook">
          <Anchor component={Link} to={paths.detail(delivery.webhookId)} size="sm">
            {delivery.webhookName}
          </Anchor>
        </DataRow>
        <DataRow
          label="webhook-id"
          ff="monospace"
          style={{ wordBreak: "break-all" }}
          data-testid="delivery-message-id"
        >
          {delivery.messageId}
        </DataRow>
        <DataRow label="Created">{formatDateTime(delivery.createdAt)}</DataRow>
        {delivery.lastError && (
          <DataRow label="Last error" c="red.7">
            {delivery.lastError}
          </DataRow>
        )}
      </DataList>
      <DeliveryActions delivery={delivery} />
      <CodeBlock label="Payload" testId="delivery-payload">
        {JSON.stringify(delivery.payload, null, 2)}
      </CodeBlock>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          Attempts ({attempts.length})
        </Text>
        {attempts.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="no-attempts">
            Not attempted yet.
          </Text>
        ) : (
          <AttemptList attempts={attempts} />
        )}
      </Stack>
    </Stack>
  );
}

/** One delivery, opened from the log: its payload, every attempt, Requeue (dead only) and Resend. */
export function DeliveryDrawer({ deliveryId, onClose }: { deliveryId: string | null; onClose: () => void }) {
  const { api } = useWebhookScope();
  const size = useMatches({ base: "100%", sm: "xl" });
  const detail = useQuery(
    api.delivery.queryOptions(deliveryId ? { deliveryId } : skipToken, {
      refetchInterval: (query) => {
        const shown = query.state.data?.delivery;
        return shown && needsPolling([shown]) ? DELIVERY_POLL_MS : false;
      },
    }),
  );
  return (
    <Drawer
      opened={deliveryId !== null}
      onClose={onClose}
      position="right"
      size={size}
      title={<Text fw={600}>Delivery</Text>}
      closeButtonProps={{ "aria-label": "Close delivery" }}
    >
      <QueryState
        query={detail}
        loadingLabel="Loading delivery"
        errorTitle="Could not load the delivery"
        loading={<CardSkeleton height={240} />}
      >
        {(data) => <DeliveryBody detail={data} />}
      </QueryState>
    </Drawer>
  );
}
