import { Modal, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { notify } from "../../lib/notify";
import { useWebhookScope } from "./scope";
import type { Webhook } from "./types";
import { WebhookForm } from "./WebhookForm";
import { webhookFormValues, webhookInput } from "./webhook-form";

/** The same fields as at creation; the secret stays. */
export function EditWebhookDialog({
  webhook,
  opened,
  onClose,
}: {
  webhook: Webhook;
  opened: boolean;
  onClose: () => void;
}) {
  const { api } = useWebhookScope();
  const queryClient = useQueryClient();
  const update = useMutation(
    api.update.mutationOptions({
      onSuccess: ({ webhook: saved }) => {
        void queryClient.invalidateQueries(api.pathFilter());
        notify(`${saved.name} is saved.`, { title: "Webhook updated" });
        close();
      },
    }),
  );
  const close = () => {
    update.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={<Text fw={600}>Edit {webhook.name}</Text>}
      centered
      size="lg"
    >
      {opened && (
        <WebhookForm
          key={webhook.updatedAt}
          initial={webhookFormValues(webhook)}
          submitLabel="Save webhook"
          errorTitle="Could not save the webhook"
          pending={update.isPending}
          error={update.error}
          onSubmit={(values) => update.mutate({ webhookId: webhook.id, ...webhookInput(values) })}
          onCancel={close}
        />
      )}
    </Modal>
  );
}
