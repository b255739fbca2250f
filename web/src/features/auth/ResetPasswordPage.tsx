import { Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SuccessAlert } from "../../components/SuccessAlert";
import { formErrors } from "../../lib/errors";
import { clearSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { AuthCard, AuthResultCard, IncompleteLinkAlert } from "./AuthCard";
import { NewPasswordInput } from "./NewPasswordInput";

/** /reset-password?token=: the link from the reset email. Every session is signed out on success. */
export function ResetPasswordPage() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  // The server revoked all sessions, this browser's included (its cached data goes with the session).
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions({ onSuccess: () => clearSession() }));
  const { byField: errors, formError } = formErrors(reset.error, ["newPassword"]);

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
        <IncompleteLinkAlert>
          The reset link has no token. Open the link from the email again, or request a new one.
        </IncompleteLinkAlert>
      </AuthCard>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthResultCard
        title="Password changed"
        action={
          <Button component={Link} to="/login">
            Log in
          </Button>
        }
      >
        <SuccessAlert w="100%">
          <span data-testid="reset-success">
            Your password was reset. For your safety every session was signed out — log in with the new
            password.
          </span>
        </SuccessAlert>
      </AuthResultCard>
    );
  }

  return (
    <AuthCard title="Choose a new password" footer={footer}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {formError ? <ErrorAlert error={formError} title="Could not reset the password" /> : null}
          <NewPasswordInput
            label="New password"
            value={password}
            onChange={setPassword}
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
