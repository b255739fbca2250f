import { Button, Card, Code, Group, Stack, Text } from "@mantine/core";
import { IconEye, IconEyeOff, IconRotate } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notify } from "../../lib/notify";
import { CopySecretButton } from "./CopySecretButton";
import { useWebhookScope } from "./scope";
import type { Webhook } from "./types";

/** Dots in place of the secret, ending in its last characters so the user can tell secrets apart. */
function masked(secretPreview: string): string {
  return `whsec_${"•".repeat(16)}${secretPreview}`;
}

/** The signing secret, hidden until revealed; copy; rotate (the old one stops at once). */
export function SecretCard({ webhook, secret }: { webhook: Webhook; secret: string }) {
  const { api } = useWebhookScope();
  const queryClient = useQueryClient();
  const [revealed, setRevealed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const rotate = useMutation(
    api.rotateSecret.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(api.get.queryFilter({ webhookId: webhook.id }));
        setRevealed(true);
        setConfirming(false);
        notify("Deliveries are signed with the new secret from now on. Update your receiver.", {
          title: "Secret rotated",
        });
      },
    }),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="webhook-secret-title">
      <Text component="h2" id="webhook-secret-title" fw={600} fz="md" m={0} mb="xs">
        Signing secret
      </Text>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Every delivery is signed with it: <Code>X-Webhook-Signature</Code> is the HMAC-SHA256 of the body
          (hex), and the Standard Webhooks headers are sent too. Your receiver checks them with this secret.
        </Text>
        <Code block data-testid="webhook-secret" style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {revealed ? secret : masked(webhook.secretPreview)}
        </Code>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={revealed ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
            onClick={() => setRevealed(!revealed)}
          >
            {revealed ? "Hide" : "Reveal"}
          </Button>
          <CopySecretButton secret={secret} variant="default" />
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconRotate size={14} aria-hidden />}
            onClick={() => setConfirming(true)}
          >
            Rotate secret
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Rotate signing secret"
        confirmLabel="Rotate secret"
        loading={rotate.isPending}
        error={rotate.error}
        onConfirm={() => rotate.mutate({ webhookId: webhook.id })}
        onClose={() => {
          setConfirming(false);
          rotate.reset();
        }}
      >
        <Text size="sm">
          A new secret replaces the current one <strong>at once</strong>: deliveries from now on fail your
          receiver's signature check until it has the new secret.
        </Text>
      </ConfirmDialog>
    </Card>
  );
}
