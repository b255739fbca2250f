import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { type FormEvent, useState } from "react";
import { fieldErrors, toDisplayError } from "../../lib/errors";
import { type Api, useTRPC } from "../../lib/trpc";

export type SignupResult = inferOutput<Api["auth"]["signup"]>;

interface SignupFormProps {
  /** Joins the inviting tenant on signup. */
  invitationToken?: string;
  defaultEmail?: string;
  /** The invitation is for this address: the field is shown but not editable. */
  lockEmail?: boolean;
  submitLabel?: string;
  onSuccess: (result: SignupResult) => void;
}

export const PASSWORD_HINT = "At least 8 characters, with a letter and a number.";

/** Display name, email and password; the server's policy messages appear under the field they concern. */
export function SignupForm({
  invitationToken,
  defaultEmail = "",
  lockEmail = false,
  submitLabel = "Create account",
  onSuccess,
}: SignupFormProps) {
  const trpc = useTRPC();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState("");
  const signup = useMutation(trpc.auth.signup.mutationOptions({ onSuccess }));

  const errors = signup.isError ? fieldErrors(signup.error) : {};
  const knownFields = ["displayName", "email", "password"];
  const otherError = signup.isError && !knownFields.some((field) => errors[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signup.mutate({ displayName, email: email.trim(), password, invitationToken });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {otherError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {toDisplayError(signup.error).message}
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
          readOnly={lockEmail}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          description={lockEmail ? "The invitation was sent to this address." : undefined}
        />
        <PasswordInput
          label="Password"
          autoComplete="new-password"
          required
          description={PASSWORD_HINT}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
        />
        <Button type="submit" loading={signup.isPending} fullWidth mt="xs">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
