import { Alert, Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { fieldErrors } from "../../lib/errors";
import { clearSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { AuthCard } from "./AuthCard";
import { PASSWORD_HINT } from "./SignupForm";

/** /reset-password?token=: the link from the reset email. Every session is signed out on success. */
export function ResetPasswordPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: () => {
        // The server revoked all sessions, this browser's included.
        clearSession();
        queryClient.clear();
      },
    }),
  );
  const errors = reset.isError ? fieldErrors(reset.error) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) return setMismatch(true);
    setMismatch(false);
    reset.mutate({ token, newPassword: password });
  };

  const footer = (
    <Anchor component={Link} to="/forgot-password">
      Request a new link
    </Anchor>
  );

  if (!token) {
    return (
      <AuthCard title="Choose a new password" footer={footer}>
        <Alert color="red" variant="light" role="alert" title="This link is incomplete">
          The reset link has no token. Open the link from the email again, or request a new one.
        </Alert>
      </AuthCard>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthCard title="Password changed">
        <Stack gap="md" align="flex-start">
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} w="100%">
            <span data-testid="reset-success">
              Your password was reset. For your safety every session was signed out — log in with the new
              password.
            </span>
          </Alert>
          <Button component={Link} to="/login">
            Log in
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Choose a new password" description={PASSWORD_HINT} footer={footer}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {reset.isError && !errors.newPassword && (
            <ErrorAlert error={reset.error} title="Could not reset the password" />
          )}
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.newPassword}
          />
          <PasswordInput
            label="Repeat new password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.currentTarget.value)}
            error={mismatch ? "The passwords do not match" : undefined}
          />
          <Button type="submit" loading={reset.isPending} fullWidth>
            Set new password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
