import { Anchor, Button, Stack, TextInput } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SuccessAlert } from "../../components/SuccessAlert";
import { formErrors } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { AuthCard } from "./AuthCard";

/** /forgot-password: asks for a reset link. The answer never reveals whether the address has an account. */
export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const forgot = useMutation(trpc.auth.forgotPassword.mutationOptions());
  const { byField: errors, formError } = formErrors(forgot.error, ["email"]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    forgot.mutate({ email: email.trim() });
  };

  return (
    <AuthCard
      title="Reset your password"
      description="Enter your account's email address and we'll send you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/login">
          Back to log in
        </Anchor>
      }
    >
      {forgot.isSuccess ? (
        <SuccessAlert icon={<IconMailCheck aria-hidden />} title="Check your email">
          <span data-testid="forgot-success">
            If an account exists for {email.trim()}, a password reset link is on its way. The link works once
            and expires after 1 hour.
          </span>
        </SuccessAlert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {formError ? <ErrorAlert error={formError} title="Could not send the link" /> : null}
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
            />
            <Button type="submit" loading={forgot.isPending} fullWidth>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
