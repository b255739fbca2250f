import { Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { fieldErrors } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";

interface InviteDialogProps {
  opened: boolean;
  /** Roles the caller may hand out (admins: user only). */
  roles: Array<"admin" | "user">;
  onClose: () => void;
  onInvited: (email: string) => void;
}

/** Email + role; the server emails a join link (or a sign-up-and-join link for new addresses). */
export function InviteDialog({ opened, roles, onClose, onInvited }: InviteDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"admin" | "user">("user");
  const invite = useMutation(
    trpc.tenant.invite.mutationOptions({
      onSuccess: (_result, input) => {
        void queryClient.invalidateQueries(trpc.tenant.invitations.queryFilter());
        setEmail("");
        invite.reset();
        onInvited(input.email);
      },
    }),
  );
  const errors = invite.isError ? fieldErrors(invite.error) : {};

  const close = () => {
    invite.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email: email.trim(), role: roles.includes(role) ? role : "user" });
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Invite a member</Text>} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {invite.isError && !errors.email && (
            <ErrorAlert error={invite.error} title="Could not send the invitation" />
          )}
          <TextInput
            label="Email"
            type="email"
            required
            data-autofocus
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
          />
          <Select
            label="Role"
            data={roles.map((value) => ({ value, label: value === "admin" ? "Admin" : "User" }))}
            value={roles.includes(role) ? role : "user"}
            onChange={(value) => value && setRole(value as "admin" | "user")}
            allowDeselect={false}
            description={
              roles.includes("admin")
                ? "Admins can invite and remove users; users can use the workspace."
                : "As an admin you can invite users."
            }
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
