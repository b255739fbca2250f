import { Button, Card, Group, PasswordInput, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SuccessAlert } from "../../components/SuccessAlert";
import { formErrors } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { NewPasswordInput } from "../auth/NewPasswordInput";
import type { User } from "../auth/types";

/** Change the password, or set a first one for Google-only accounts (no current password asked then). */
export function PasswordCard({ user }: { user: User }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hasPassword = user.authMethods.some((method) => method.provider === "password");
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrentPassword("");
        setNewPassword("");
        // Other sessions were signed out and a first password adds a sign-in method.
        void queryClient.invalidateQueries(trpc.auth.sessions.pathFilter());
        void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      },
    }),
  );
  const { byField: errors, formError } = formErrors(change.error, ["currentPassword", "newPassword"]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ currentPassword: hasPassword ? currentPassword : undefined, newPassword });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="password-title">
      <Text component="h2" id="password-title" fw={600} fz="md" m={0} mb={4}>
        {hasPassword ? "Change password" : "Set a password"}
      </Text>
      <Text size="sm" c="dimmed" mb="md">
        {hasPassword
          ? "Your other sessions are signed out when the password changes."
          : "You sign in with Google. Add a password to also sign in with your email address."}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {change.isSuccess && (
            <SuccessAlert>
              <span data-testid="password-changed">Password changed. Other sessions were signed out.</span>
            </SuccessAlert>
          )}
          {formError ? <ErrorAlert error={formError} title="Could not change the password" /> : null}
          {hasPassword && (
            <PasswordInput
              label="Current password"
              autoComplete="current-password"
              required
              value={currentPassword}
              onChange={(event) => setCurrentPassword(event.currentTarget.value)}
              error={errors.currentPassword}
            />
          )}
          <NewPasswordInput
            label="New password"
            value={newPassword}
            onChange={setNewPassword}
            error={errors.newPassword}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {hasPassword ? "Change password" : "Set password"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
