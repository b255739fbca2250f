import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors, httpStatusOf } from "../../lib/errors";
import { type Api, useTRPC } from "../../lib/trpc";
import {
  emailProblem,
  hasProblems,
  newPasswordProblem,
  problems,
  requiredProblem,
} from "../../lib/validation";
import { NewPasswordInput } from "./NewPasswordInput";

const FIELDS = ["displayName", "email", "password"] as const;
type Field = (typeof FIELDS)[number];

export type SignupResult = inferOutput<Api["auth"]["signup"]>;

interface SignupFormProps {
  /** Joins the inviting team on signup. */
  invitationToken?: string;
  /** The address the invitation is bound to: filled in and locked. */
  invitationEmail?: string;
  defaultEmail?: string;
  submitLabel?: string;
  onSuccess: (result: SignupResult) => void;
}

/** Display name, email and password; the server's policy messages appear under the field they concern. */
export function SignupForm({
  invitationToken,
  invitationEmail,
  defaultEmail = "",
  submitLabel = "Create account",
  onSuccess,
}: SignupFormProps) {
  const trpc = useTRPC();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState(invitationEmail ?? defaultEmail);
  const [password, setPassword] = useState("");
  const [checked, setChecked] = useState<Partial<Record<Field, string>>>({});
  const signup = useMutation(trpc.auth.signup.mutationOptions({ onSuccess }));
  const server = formErrors(signup.error, FIELDS);
  const errors = { ...server.byField, ...checked };
  const formError = invitationEmail && httpStatusOf(server.formError) === 403 ? null : server.formError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problems({
      displayName: requiredProblem(displayName, "your name"),
      email: emailProblem(email),
      password: newPasswordProblem(password),
    });
    setChecked(found);
    if (hasProblems(found)) return;
    signup.mutate({ displayName, email: email.trim(), password, invitationToken });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError ? <ErrorAlert error={formError} title="Could not create the account" /> : null}
        {invitationEmail && httpStatusOf(server.formError) === 403 && (
          <Alert color="red" variant="light" role="alert" title="Could not create the account">
            This invitation is for {invitationEmail}: create the account with that address.
          </Alert>
        )}
        <TextInput
          label="Display name"
          autoComplete="name"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.displayName}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          readOnly={invitationEmail !== undefined}
          variant={invitationEmail !== undefined ? "filled" : "default"}
          description={invitationEmail ? "The invitation was sent to this address." : undefined}
        />
        <NewPasswordInput label="Password" value={password} onChange={setPassword} error={errors.password} />
        <Button type="submit" loading={signup.isPending} fullWidth mt="xs">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
