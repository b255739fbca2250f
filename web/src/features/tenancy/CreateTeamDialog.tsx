import { Modal, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { DialogActions } from "../../components/DialogActions";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors } from "../../lib/errors";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { requiredProblem } from "../../lib/validation";
import { useMe, useSwitchTenant } from "../auth/hooks";

/** A new team the user owns; it becomes the current team at once. */
export function CreateTeamDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const switchTenant = useSwitchTenant();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [nameCheck, setNameCheck] = useState<string | undefined>();
  const create = useMutation(
    trpc.tenant.create.mutationOptions({
      onSuccess: ({ tenant }) => {
        // The switcher reads memberships from the profile: add the team before switching to it.
        if (me.data)
          queryClient.setQueryData(trpc.auth.me.queryKey(), {
            ...me.data,
            memberships: [...me.data.memberships, tenant],
          });
        void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        switchTenant(tenant.tenantId);
        notify(`${tenant.tenantName} is ready. Invite people from its team page.`, { title: "Team created" });
        close();
        void navigate("/app/team");
      },
    }),
  );
  const { byField, formError } = formErrors(create.error, ["name"]);
  const close = () => {
    setName("");
    setNameCheck(undefined);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = requiredProblem(name, "a name for the team");
    setNameCheck(problem);
    if (!problem) create.mutate({ name: name.trim() });
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Create a team</Text>} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {formError ? <ErrorAlert error={formError} title="Could not create the team" /> : null}
          <TextInput
            label="Team name"
            required
            data-autofocus
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameCheck ?? byField.name}
            description="You will be its owner. You can rename it later."
          />
          <DialogActions confirmLabel="Create team" loading={create.isPending} onCancel={close} mt="xs" />
        </Stack>
      </form>
    </Modal>
  );
}
