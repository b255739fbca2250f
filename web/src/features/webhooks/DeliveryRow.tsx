import { Group, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { formatDateTime } from "../../lib/format";
import { DeliveryStatusBadge, TestBadge } from "./badges";
import { deliverySummary, deliveryTiming } from "./status";
import type { Delivery } from "./types";

function Timing({ delivery }: { delivery: Delivery }) {
  return (
    <Text
      size="xs"
      c="dimmed"
      title={`Created ${formatDateTime(delivery.createdAt)}`}
      data-testid="delivery-timing"
    >
      {deliveryTiming(delivery)}
    </Text>
  );
}

/** One delivery; the whole row opens it (the event type is the keyboard's way in). */
export function DeliveryRow({ delivery, onOpen }: { delivery: Delivery; onOpen: () => void }) {
  const code = delivery.lastResponseCode ?? "–";
  return (
    <Table.Tr
      data-testid="delivery"
      data-status={delivery.status}
      data-test={delivery.isTest}
      onClick={onOpen}
      style={{ cursor: "pointer" }}
    >
      <Table.Td>
        <DeliveryStatusBadge status={delivery.status} />
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap">
            <UnstyledButton
              onClick={(event) => {
                event.stopPropagation();
                onOpen();
              }}
              aria-label={`Open ${delivery.eventType} delivery to ${delivery.webhookName}`}
            >
              <Text size="sm" ff="monospace" fw={500} c="var(--mantine-primary-color-filled)">
                {delivery.eventType}
              </Text>
            </UnstyledButton>
            {delivery.isTest && <TestBadge />}
          </Group>
          <Stack gap={0} hiddenFrom="sm">
            <Text size="xs">{deliverySummary(delivery)}</Text>
            <Timing delivery={delivery} />
          </Stack>
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{delivery.webhookName}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm" ta="right">
        <Text size="sm" data-testid="delivery-attempts">
          {delivery.attempts}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm" ta="right">
        <Text size="sm">{code}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Timing delivery={delivery} />
      </Table.Td>
    </Table.Tr>
  );
}
