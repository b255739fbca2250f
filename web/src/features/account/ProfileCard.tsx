import { Button, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors } from "../../lib/errors";
import { formatDate } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import type { User } from "../auth/types";

/** Display name (editable) and the facts of the account. */
export function ProfileCard({ user }: { user: User }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(user.displayName);
  const update = useMutation(
    trpc.auth.updateProfile.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    }),
  );
  const { byField: errors, formError } = formErrors(update.error, ["displayName"]);
  const unchanged = displayName.trim() === user.displayName;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ displayName: displayName.trim() });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-title">
      <Text component="h2" id="profile-title" fw={600} fz="md" m={0} mb="md">
        Profile
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {formError ? <ErrorAlert error={formError} title="Could not save" /> : null}
          <TextInput label="Email" value={user.email} readOnly variant="filled" />
          <TextInput
            label="Display name"
            required
            value={displayName}
            onChange={(event) => {
              setDisplayName(event.currentTarget.value);
              update.reset();
            }}
            error={errors.displayName}
          />
          <Group justify="space-between" align="center">
            <Text size="xs" c="dimmed">
              Member since {formatDate(user.createdAt)}
            </Text>
            <Group gap="sm">
              {update.isSuccess && unchanged && (
                <Text size="sm" c="teal" data-testid="profile-saved">
                  Saved
                </Text>
              )}
              <Button type="submit" loading={update.isPending} disabled={unchanged}>
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
