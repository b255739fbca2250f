import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import {
  IconArrowLeft,
  IconInfoCircle,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconSend,
  IconTrash,
} from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { notify } from "../../lib/notify";
import { AttemptList } from "./AttemptList";
import { EditWebhookDialog } from "./EditWebhookDialog";
import { SecretCard } from "./SecretCard";
import { useWebhookScope } from "./scope";
import { TestResultAlert } from "./TestResultAlert";
import type { Webhook, WebhookDetail } from "./types";
import { WebhookConfigCard } from "./WebhookConfigCard";
import { WebhookHeader } from "./WebhookHeader";

function RecentAttempts({ detail }: { detail: WebhookDetail }) {
  const { paths } = useWebhookScope();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="webhook-attempts-title">
      <Group justify="space-between" mb="md" gap="xs">
        <Text component="h2" id="webhook-attempts-title" fw={600} fz="md" m={0}>
          Recent attempts
        </Text>
        <Anchor component={Link} to={paths.deliveriesOf(detail.webhook.id)} size="sm">
          Delivery log
        </Anchor>
      </Group>
      {detail.deliveries.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" py="md" data-testid="no-attempts">
          No attempts yet. Send a test to see what your receiver gets.
        </Text>
      ) : (
        <AttemptList attempts={detail.deliveries} showEvent />
      )}
    </Card>
  );
}

/** Send test, edit, enable or disable, delete: what can be done to one webhook, with their outcomes. */
function useWebhookActions(webhook: Webhook | undefined) {
  const { api, paths } = useWebhookScope();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const reload = () => queryClient.invalidateQueries(api.pathFilter());
  const test = useMutation(api.test.mutationOptions({ onSuccess: reload }));
  const toggle = useMutation(
    api.update.mutationOptions({
      onSuccess: ({ webhook: saved }) => {
        notify(
          saved.isActive
            ? `${saved.name} receives events again.`
            : `${saved.name} receives no events until enabled.`,
          { title: saved.isActive ? "Webhook enabled" : "Webhook disabled" },
        );
        return reload();
      },
    }),
  );
  const remove = useMutation(
    api.delete.mutationOptions({
      onSuccess: () => {
        notify(`${webhook?.name ?? "The webhook"} was deleted; it receives nothing from now on.`, {
          title: "Webhook deleted",
        });
        void navigate(paths.list);
        queryClient.removeQueries(api.get.queryFilter());
        void queryClient.invalidateQueries(api.list.queryFilter());
      },
    }),
  );
  return { test, toggle, remove };
}

/** /…/webhooks/:webhookId: configuration, secret, a test send and the 20 most recent attempts. */
export function WebhookDetailPage() {
  const { api, paths, title: areaTitle } = useWebhookScope();
  const { webhookId = "" } = useParams();
  const detail = useQuery(api.get.queryOptions({ webhookId }, { retry: false }));
  const webhook = detail.data?.webhook;
  const { test, toggle, remove } = useWebhookActions(webhook);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  return (
    <>
      <WebhookHeader
        title={webhook?.name ?? "Webhook"}
        description={
          <Anchor component={Link} to={paths.list} size="sm">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px" }} /> {areaTitle}
          </Anchor>
        }
        actions={
          webhook && (
            <>
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                loading={test.isPending}
                onClick={() => test.mutate({ webhookId })}
              >
                Send test
              </Button>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
              <Button
                variant="default"
                leftSection={
                  webhook.isActive ? (
                    <IconPlayerPause size={16} aria-hidden />
                  ) : (
                    <IconPlayerPlay size={16} aria-hidden />
                  )
                }
                loading={toggle.isPending}
                onClick={() => toggle.mutate({ webhookId, isActive: !webhook.isActive })}
              >
                {webhook.isActive ? "Disable" : "Enable"}
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDeleting(true)}
              >
                Delete
              </Button>
            </>
          )
        }
      />
      <QueryState
        query={detail}
        loadingLabel="Loading webhook"
        errorTitle="Could not load the webhook"
        loading={
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <CardSkeleton height={260} />
            <CardSkeleton height={260} />
          </SimpleGrid>
        }
      >
        {(data) => (
          <Stack gap="lg">
            {!data.webhook.isActive && (
              <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title="Disabled">
                {data.webhook.disabledReason ?? "Turned off by hand."} No events are sent to it; Enable sends
                new ones again.
              </Alert>
            )}
            {test.data && (
              <TestResultAlert
                webhookId={webhookId}
                result={test.data.delivery}
                onClose={() => test.reset()}
              />
            )}
            {test.isError && <ErrorAlert error={test.error} title="Could not send the test" />}
            {toggle.isError && <ErrorAlert error={toggle.error} title="Could not change the webhook" />}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <WebhookConfigCard webhook={data.webhook} />
              <SecretCard webhook={data.webhook} secret={data.secret} />
            </SimpleGrid>
            <RecentAttempts detail={data} />
          </Stack>
        )}
      </QueryState>
      {webhook && <EditWebhookDialog webhook={webhook} opened={editing} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={deleting}
        title="Delete webhook"
        confirmLabel="Delete webhook"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate({ webhookId })}
        onClose={() => {
          setDeleting(false);
          remove.reset();
        }}
      >
        <Text size="sm">
          Delete <strong>{webhook?.name}</strong>? It stops receiving events at once; deliveries still waiting
          for a retry end as dead. This cannot be undone.
        </Text>
      </ConfirmDialog>
    </>
  );
}
