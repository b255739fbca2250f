import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { DialogActions } from "../../components/DialogActions";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";

const AUTHORITY_HELP = {
  admin: "Acts as the platform team with admin rights. Keep it on servers you control.",
  user: "Acts within one team, chosen per request with the X-Tenant-ID header (the team's id).",
} as const;

/** Name + authority → the raw key, shown once with a copy button; it cannot be retrieved again. */
export function CreateApiKeyDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [authority, setAuthority] = useState<"admin" | "user">("user");
  const create = useMutation(
    trpc.admin.apiKeys.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.admin.apiKeys.list.pathFilter()),
    }),
  );
  const { byField: errors, formError } = formErrors(create.error, ["name"]);
  const rawKey = create.data?.rawKey;

  const close = () => {
    // Forget the raw key with the dialog: it is never shown again.
    create.reset();
    setName("");
    setAuthority("user");
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), authority });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={<Text fw={600}>{rawKey ? "Your new API key" : "Create API key"}</Text>}
      centered
      size="lg"
      closeOnClickOutside={!rawKey}
    >
      {rawKey ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Copy it now">
            This is the only time the key is shown. You won't see it again: store it somewhere safe (a secret
            manager, your server's environment). If it is lost, revoke it and create a new one.
          </Alert>
          <Group gap="xs" wrap="nowrap" align="stretch">
            <Code
              block
              data-testid="raw-api-key"
              style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap", fontSize: 13 }}
            >
              {rawKey}
            </Code>
          </Group>
          <Group justify="space-between">
            <CopyButton value={rawKey} timeout={4000}>
              {({ copied, copy }) => (
                <Button
                  color={copied ? "teal" : undefined}
                  variant={copied ? "light" : "filled"}
                  leftSection={
                    copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                  }
                  onClick={copy}
                >
                  {copied ? "Copied" : "Copy key"}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={close}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {formError ? <ErrorAlert error={formError} title="Could not create the key" /> : null}
            <TextInput
              label="Name"
              placeholder="CI/CD pipeline"
              required
              data-autofocus
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="authority-label">
                Authority
              </Text>
              <SegmentedControl
                aria-labelledby="authority-label"
                value={authority}
                onChange={(value) => setAuthority(value as "admin" | "user")}
                data={[
                  { value: "user", label: "User" },
                  { value: "admin", label: "Admin" },
                ]}
              />
              <Text size="xs" c="dimmed">
                {AUTHORITY_HELP[authority]}
              </Text>
            </Stack>
            <DialogActions confirmLabel="Create key" loading={create.isPending} onCancel={close} mt="xs" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
