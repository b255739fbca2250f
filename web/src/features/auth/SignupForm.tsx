import { Button, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors } from "../../lib/errors";
import { type Api, useTRPC } from "../../lib/trpc";
import { NewPasswordInput } from "./NewPasswordInput";

export type SignupResult = inferOutput<Api["auth"]["signup"]>;

interface SignupFormProps {
  /** Joins the inviting tenant on signup. */
  invitationToken?: string;
  defaultEmail?: string;
  submitLabel?: string;
  onSuccess: (result: SignupResult) => void;
}

/** Display name, email and password; the server's policy messages appear under the field they concern. */
export function SignupForm({
  invitationToken,
  defaultEmail = "",
  submitLabel = "Create account",
  onSuccess,
}: SignupFormProps) {
  const trpc = useTRPC();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState("");
  const signup = useMutation(trpc.auth.signup.mutationOptions({ onSuccess }));
  const { byField: errors, formError } = formErrors(signup.error, ["displayName", "email", "password"]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signup.mutate({ displayName, email: email.trim(), password, invitationToken });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError ? <ErrorAlert error={formError} title="Could not create the account" /> : null}
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
        />
        <NewPasswordInput label="Password" value={password} onChange={setPassword} error={errors.password} />
        <Button type="submit" loading={signup.isPending} fullWidth mt="xs">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
