import { Alert, Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SuccessAlert } from "../../components/SuccessAlert";
import { formErrors, httpStatusOf } from "../../lib/errors";
import { formatDateTime } from "../../lib/format";
import { clearSession } from "../../lib/session";
import { useTRPC, useTRPCClient } from "../../lib/trpc";
import { AuthCard, AuthPendingCard, AuthResultCard, IncompleteLinkAlert } from "./AuthCard";
import { NewPasswordInput } from "./NewPasswordInput";

/**
 * /reset-password?token=: the link from the reset email, checked on arrival (spent or expired links say so
 * at once). Every session is signed out on success.
 */
export function ResetPasswordPage() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  // The server revoked all sessions, this browser's included (its cached data goes with the session).
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions({ onSuccess: () => clearSession() }));
  const { byField: errors, formError } = formErrors(reset.error, ["newPassword"]);
  // Checked as the page opens, so a spent or expired link says so before anyone types a password.
  // A POST on the server (the token stays out of URLs and logs) that changes nothing: read as a query.
  const check = useQuery({
    queryKey: ["reset-token-check", token],
    queryFn: () => client.auth.checkResetToken.mutate({ token }),
    enabled: token.length > 0 && !reset.isSuccess,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const checkStatus = check.isError ? httpStatusOf(check.error) : null;
  const resetStatus = reset.isError ? httpStatusOf(reset.error) : null;
  const linkDead =
    check.data?.valid === false ||
    (checkStatus !== null && checkStatus < 500) ||
    ((resetStatus === 400 || resetStatus === 404 || resetStatus === 410) && !errors.newPassword);

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

  if (!reset.isSuccess && linkDead) {
    return (
      <AuthResultCard
        title="Link expired"
        action={
          <Button component={Link} to="/forgot-password">
            Request a new link
          </Button>
        }
      >
        <Alert color="red" variant="light" role="alert" w="100%" data-testid="reset-link-dead">
          This reset link has expired or was already used. Reset links work once, for 1 hour.
        </Alert>
      </AuthResultCard>
    );
  }

  if (!reset.isSuccess && check.data === undefined && !check.isError) {
    return <AuthPendingCard title="Checking your link" />;
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
    <AuthCard
      title="Choose a new password"
      description={
        check.data?.expiresAt ? `This link works until ${formatDateTime(check.data.expiresAt)}.` : undefined
      }
      footer={footer}
    >
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
