import { Button, Card, Stack, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CardSkeleton } from "../../components/CardSkeleton";
import { QueryState } from "../../components/QueryState";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { CreateWebhookDialog } from "./CreateWebhookDialog";
import { useWebhookScope } from "./scope";
import { WebhookHeader } from "./WebhookHeader";
import { WebhookRow } from "./WebhookRow";

/** The endpoints, newest first, with status and the last 24 hours' success rate; "Add webhook" creates one. */
export function WebhooksPage() {
  const { api, title, description } = useWebhookScope();
  const webhooks = useQuery(api.list.queryOptions(undefined, { refetchOnWindowFocus: true }));
  const [creating, setCreating] = useState(false);

  return (
    <>
      <WebhookHeader
        title={title}
        description={description}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Add webhook
          </Button>
        }
      />
      <Card withBorder padding="lg" component="section" aria-label="Webhook endpoints">
        <QueryState
          query={webhooks}
          loadingLabel="Loading webhooks"
          errorTitle="Could not load webhooks"
          loading={<CardSkeleton height={160} />}
        >
          {({ webhooks: rows }) =>
            rows.length === 0 ? (
              <Stack align="center" gap="xs" py="lg">
                <Text c="dimmed" ta="center" data-testid="no-webhooks">
                  No webhooks yet. Add one to have events sent to your server as they happen.
                </Text>
                <Button variant="light" size="xs" onClick={() => setCreating(true)}>
                  Add the first webhook
                </Button>
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
                <Table verticalSpacing="sm" highlightOnHover data-testid="webhooks-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Endpoint</Table.Th>
                      <Table.Th visibleFrom="sm">Events</Table.Th>
                      <Table.Th visibleFrom="sm">Status</Table.Th>
                      <Table.Th visibleFrom="sm">Last 24 h</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((webhook) => (
                      <WebhookRow key={webhook.id} webhook={webhook} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Card>
      <CreateWebhookDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
