import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { IconMailExclamation } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { DialogActions } from "../../components/DialogActions";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors, toDisplayError } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { emailProblem } from "../../lib/validation";
import { ResendVerificationButton } from "../auth/ResendVerificationButton";
import { roleOptions } from "./roles";

interface InviteDialogProps {
  opened: boolean;
  /** Roles the caller may hand out (admins: user only). */
  roles: Array<"admin" | "user">;
  /** Only verified addresses may invite: otherwise the dialog asks to verify first. */
  emailVerified: boolean;
  onClose: () => void;
  onInvited: (email: string) => void;
}

/** Email + role; the server emails a join link (or a sign-up-and-join link for new addresses). */
export function InviteDialog({ opened, roles, emailVerified, onClose, onInvited }: InviteDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"admin" | "user">("user");
  const invite = useMutation(
    trpc.tenant.invite.mutationOptions({
      onSuccess: (_result, input) => {
        void queryClient.invalidateQueries(trpc.tenant.invitations.pathFilter());
        setEmail("");
        invite.reset();
        onInvited(input.email);
      },
    }),
  );
  const [emailCheck, setEmailCheck] = useState<string | undefined>();
  const { byField, formError } = formErrors(invite.error, ["email"]);
  const errors = { email: emailCheck ?? byField.email };
  const mustVerify = !emailVerified || toDisplayError(invite.error).appCode === "EMAIL_UNVERIFIED";
  // The last pick may not be on offer any more (the caller's own role changed): fall back to "user".
  const offeredRole = roles.includes(role) ? role : "user";

  const close = () => {
    invite.reset();
    setEmailCheck(undefined);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = emailProblem(email);
    setEmailCheck(problem);
    if (!problem) invite.mutate({ email: email.trim(), role: offeredRole });
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Invite a member</Text>} centered>
      {mustVerify ? (
        <VerifyFirst onClose={close} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {formError ? <ErrorAlert error={formError} title="Could not send the invitation" /> : null}
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
              data={roleOptions(roles)}
              value={offeredRole}
              onChange={(value) => value && setRole(value as "admin" | "user")}
              allowDeselect={false}
              description={
                roles.includes("admin")
                  ? "Admins can invite and remove users; users can use the team."
                  : "As an admin you can invite users."
              }
            />
            <DialogActions
              confirmLabel="Send invitation"
              loading={invite.isPending}
              onCancel={close}
              mt="xs"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** Invitations go out from verified addresses only (the server answers 403 EMAIL_UNVERIFIED otherwise). */
function VerifyFirst({ onClose }: { onClose: () => void }) {
  return (
    <Stack gap="sm" data-testid="invite-verify-first">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconMailExclamation aria-hidden />}
        title="Verify your email first"
      >
        Only verified addresses can send invitations. Open the link we emailed you (it is valid for 24 hours),
        or ask for a new one.
      </Alert>
      <ResendVerificationButton />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
