import { Badge, Group, Tooltip } from "@mantine/core";
import { attemptBadge, type BadgeInfo, deliveryBadge, webhookStatus } from "./status";
import type { DeliveryStatus, Webhook } from "./types";

// Never cut to "Succ…" in a narrow column: the words are short, they keep their width.
const KEEP_WIDTH = { root: { minWidth: "max-content" }, label: { overflow: "visible" } };

function InfoBadge({ info, testId }: { info: BadgeInfo; testId?: string }) {
  return (
    <Badge size="sm" variant="light" color={info.color} tt="none" styles={KEEP_WIDTH} data-testid={testId}>
      {info.label}
    </Badge>
  );
}

export function WebhookStatusBadge({
  webhook,
}: {
  webhook: Pick<Webhook, "isActive" | "disabledReason" | "failingSince">;
}) {
  return <InfoBadge info={webhookStatus(webhook)} testId="webhook-status" />;
}

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <InfoBadge info={deliveryBadge(status)} testId="delivery-status" />;
}

export function AttemptBadge({ success }: { success: boolean }) {
  return <InfoBadge info={attemptBadge(success)} />;
}

export function TestBadge() {
  return (
    <Badge size="sm" variant="outline" color="gray" tt="none" styles={KEEP_WIDTH}>
      Test
    </Badge>
  );
}

/** The subscribed event types; past `max`, the rest are counted (and listed in a tooltip). */
export function EventBadges({ events, max = 3 }: { events: string[]; max?: number }) {
  const shown = events.length > max ? events.slice(0, max - 1) : events;
  const rest = events.slice(shown.length);
  return (
    <Group gap={4} wrap="wrap" data-testid="webhook-events">
      {shown.map((type) => (
        <Badge key={type} size="sm" variant="default" tt="none" ff="monospace" fw={500} styles={KEEP_WIDTH}>
          {type}
        </Badge>
      ))}
      {rest.length > 0 && (
        <Tooltip label={rest.join(", ")} multiline maw={260}>
          <Badge size="sm" variant="default" tt="none" fw={500} styles={KEEP_WIDTH}>
            +{rest.length} more
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
