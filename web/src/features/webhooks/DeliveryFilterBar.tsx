import { Button, Group, Select, SimpleGrid } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { DELIVERY_STATUSES, type DeliveryFilters } from "./delivery-filters";
import { deliveryBadge } from "./status";
import type { DeliveryStatus } from "./types";

const ALL = "all";

interface DeliveryFilterBarProps {
  filters: DeliveryFilters;
  onChange: (filters: DeliveryFilters) => void;
  webhooks: Array<{ id: string; name: string }>;
  eventTypes: string[];
}

const STATUS_OPTIONS = [
  { value: ALL, label: "All" },
  ...DELIVERY_STATUSES.map((status) => ({ value: status, label: deliveryBadge(status).label })),
];

/** Status, webhook and event type; "All" clears one filter, "Clear filters" every one. */
export function DeliveryFilterBar({ filters, onChange, webhooks, eventTypes }: DeliveryFilterBarProps) {
  const pick = (value: string | null) => (value && value !== ALL ? value : null);
  const filtered = filters.status || filters.webhookId || filters.eventType;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" style={{ flex: "1 1 480px" }}>
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={filters.status ?? ALL}
          onChange={(value) => onChange({ ...filters, status: pick(value) as DeliveryStatus | null })}
          allowDeselect={false}
        />
        <Select
          label="Webhook"
          data={[
            { value: ALL, label: "All webhooks" },
            ...webhooks.map((w) => ({ value: w.id, label: w.name })),
          ]}
          value={filters.webhookId ?? ALL}
          onChange={(value) => onChange({ ...filters, webhookId: pick(value) })}
          allowDeselect={false}
          searchable
        />
        <Select
          label="Event type"
          data={[{ value: ALL, label: "All events" }, ...eventTypes]}
          value={filters.eventType ?? ALL}
          onChange={(value) => onChange({ ...filters, eventType: pick(value) })}
          allowDeselect={false}
        />
      </SimpleGrid>
      {filtered && (
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() => onChange({ status: null, webhookId: null, eventType: null })}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
