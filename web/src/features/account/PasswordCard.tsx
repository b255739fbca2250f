import { Alert, Button, Card, Group, PasswordInput, Stack, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { fieldErrors } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { PASSWORD_HINT } from "../auth/SignupForm";
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
        void queryClient.invalidateQueries(trpc.auth.pathFilter());
      },
    }),
  );
  const errors = change.isError ? fieldErrors(change.error) : {};

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
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
              <span data-testid="password-changed">Password changed. Other sessions were signed out.</span>
            </Alert>
          )}
          {change.isError && !errors.newPassword && !errors.currentPassword && (
            <ErrorAlert error={change.error} title="Could not change the password" />
          )}
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
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            description={PASSWORD_HINT}
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
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
