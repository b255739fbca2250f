import { Button, type ButtonProps, Stack, Text } from "@mantine/core";
import { IconMailForward } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { toDisplayError } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { useMe } from "./hooks";

/** Sends a new verification email to the signed-in user's address (the server allows one a minute). */
export function ResendVerificationButton(props: Pick<ButtonProps, "mt" | "size" | "variant">) {
  const trpc = useTRPC();
  const me = useMe();
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions());
  const email = me.data?.user.email;

  return (
    <Stack gap={4} align="flex-start" mt={props.mt}>
      <Button
        size={props.size ?? "sm"}
        variant={props.variant ?? "light"}
        leftSection={<IconMailForward size={16} aria-hidden />}
        loading={resend.isPending}
        disabled={!email || resend.isSuccess}
        onClick={() => email && resend.mutate({ email })}
      >
        {resend.isSuccess ? "Verification email sent" : "Resend verification email"}
      </Button>
      {resend.isSuccess && (
        <Text size="xs" c="dimmed">
          Check {email} for the new link.
        </Text>
      )}
      {resend.isError && (
        <Text size="xs" c="red" role="alert">
          {toDisplayError(resend.error).message}
        </Text>
      )}
    </Stack>
  );
}
