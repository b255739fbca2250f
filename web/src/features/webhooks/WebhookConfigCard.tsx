import { Card, DataList, Stack, Text } from "@mantine/core";
import { DataRow } from "../../components/DataRow";
import { formatDate, formatDateTime } from "../../lib/format";
import { EventBadges, WebhookStatusBadge } from "./badges";
import { webhookStatus } from "./status";
import type { Webhook } from "./types";

export function WebhookConfigCard({ webhook }: { webhook: Webhook }) {
  const { detail } = webhookStatus(webhook);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="webhook-config-title">
      <Text component="h2" id="webhook-config-title" fw={600} fz="md" m={0} mb="md">
        Configuration
      </Text>
      <DataList size="sm" labelWidth={104} withDivider>
        <DataRow label="Status">
          <Stack gap={4} align="flex-start">
            <WebhookStatusBadge webhook={webhook} />
            {detail && (
              <Text size="xs" c="dimmed" data-testid="webhook-status-detail">
                {detail}
              </Text>
            )}
          </Stack>
        </DataRow>
        <DataRow label="URL" ff="monospace" style={{ wordBreak: "break-all" }} data-testid="webhook-url">
          {webhook.url}
        </DataRow>
        <DataRow label="Description" data-testid="webhook-description">
          {webhook.description || "–"}
        </DataRow>
        <DataRow label="Events">
          <EventBadges events={webhook.events} max={webhook.events.length} />
        </DataRow>
        <DataRow label="Created" title={formatDateTime(webhook.createdAt)}>
          {formatDate(webhook.createdAt)}
        </DataRow>
      </DataList>
    </Card>
  );
}
