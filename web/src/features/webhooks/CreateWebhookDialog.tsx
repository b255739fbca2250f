import { Alert, Button, Code, Group, Modal, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { CopySecretButton } from "./CopySecretButton";
import { useWebhookScope } from "./scope";
import type { Webhook } from "./types";
import { WebhookForm } from "./WebhookForm";
import { webhookFormValues, webhookInput } from "./webhook-form";

function NewSecret({ webhook, secret, onDone }: { webhook: Webhook; secret: string; onDone: () => void }) {
  const { paths } = useWebhookScope();
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title="Signing secret">
        Your server checks every delivery's signature with this secret. Store it with the receiver's
        configuration; you can read it again on the webhook's page at any time.
      </Alert>
      <Code
        block
        data-testid="webhook-secret"
        style={{ wordBreak: "break-all", whiteSpace: "pre-wrap", fontSize: 13 }}
      >
        {secret}
      </Code>
      <Group justify="space-between">
        <CopySecretButton secret={secret} />
        <Group gap="xs">
          <Button variant="default" component={Link} to={paths.detail(webhook.id)} onClick={onDone}>
            Open webhook
          </Button>
          <Button variant="default" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** Name, URL and events → the new webhook's whsec_ secret, with a copy button. */
export function CreateWebhookDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { api } = useWebhookScope();
  const queryClient = useQueryClient();
  const create = useMutation(
    api.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(api.list.pathFilter()) }),
  );
  const created = create.data;
  const close = () => {
    create.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={<Text fw={600}>{created ? `${created.webhook.name} is ready` : "Add webhook"}</Text>}
      centered
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <NewSecret webhook={created.webhook} secret={created.secret} onDone={close} />
      ) : (
        opened && (
          <WebhookForm
            initial={webhookFormValues()}
            submitLabel="Add webhook"
            errorTitle="Could not add the webhook"
            pending={create.isPending}
            error={create.error}
            onSubmit={(values) => create.mutate(webhookInput(values))}
            onCancel={close}
          />
        )
      )}
    </Modal>
  );
}
