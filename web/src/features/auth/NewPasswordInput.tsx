import { PasswordInput } from "@mantine/core";

/** The server's password policy, in words; shown where a new password is chosen. */
export const PASSWORD_HINT = "At least 8 characters, with a letter and a number.";

interface NewPasswordInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's policy message for this field, if it refused the password. */
  error?: string;
}

/** A field for choosing a password: the policy hint under it, and no autofill of the current one. */
export function NewPasswordInput({ label, value, onChange, error }: NewPasswordInputProps) {
  return (
    <PasswordInput
      label={label}
      autoComplete="new-password"
      required
      description={PASSWORD_HINT}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
