import { Anchor, Group, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { EventBadges, WebhookStatusBadge } from "./badges";
import { useWebhookScope } from "./scope";
import { healthColor, healthText, webhookStatus } from "./status";
import type { WebhookListItem } from "./types";

function Health({ webhook }: { webhook: WebhookListItem }) {
  return (
    <Text
      size="sm"
      c={healthColor(webhook.health)}
      data-testid="webhook-health"
      style={{ whiteSpace: "nowrap" }}
    >
      {healthText(webhook.health)}
    </Text>
  );
}

function StatusDetail({ webhook }: { webhook: WebhookListItem }) {
  const { detail } = webhookStatus(webhook);
  return detail ? (
    <Text size="xs" c="dimmed" data-testid="webhook-status-detail">
      {detail}
    </Text>
  ) : null;
}

/** One endpoint: name and URL (on phones with its status, health and events below), then the facts. */
export function WebhookRow({ webhook }: { webhook: WebhookListItem }) {
  const { paths } = useWebhookScope();
  return (
    <Table.Tr data-testid={`webhook-${webhook.name}`} style={webhook.isActive ? undefined : { opacity: 0.7 }}>
      <Table.Td>
        <Anchor component={Link} to={paths.detail(webhook.id)} size="sm" fw={600}>
          {webhook.name}
        </Anchor>
        <Text
          size="xs"
          c="dimmed"
          ff="monospace"
          style={{ wordBreak: "break-all" }}
          data-testid="webhook-url"
        >
          {webhook.url}
        </Text>
        <Stack gap={6} mt={6} hiddenFrom="sm">
          <Group gap={6}>
            <WebhookStatusBadge webhook={webhook} />
            <Health webhook={webhook} />
          </Group>
          <StatusDetail webhook={webhook} />
          <EventBadges events={webhook.events} />
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <EventBadges events={webhook.events} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Stack gap={4} align="flex-start">
          <WebhookStatusBadge webhook={webhook} />
          <StatusDetail webhook={webhook} />
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Health webhook={webhook} />
      </Table.Td>
    </Table.Tr>
  );
}
