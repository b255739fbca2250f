import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { isSignedIn, useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { AuthCard } from "./AuthCard";
import { ResendVerificationButton } from "./ResendVerificationButton";

/** /verify-email?token=: the link from the verification email. Confirms once, on arrival. */
export function VerifyEmailPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useSession();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const verify = useMutation(
    trpc.auth.verifyEmail.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    }),
  );
  const started = useRef(false);
  const { mutate } = verify;

  useEffect(() => {
    // Tokens are single use: never send one twice (React may run effects twice in development).
    if (started.current || !token) return;
    started.current = true;
    mutate({ token });
  }, [token, mutate]);

  const signedIn = isSignedIn(session);
  const onward = signedIn ? { to: "/app", label: "Continue to the app" } : { to: "/login", label: "Log in" };

  if (!token) {
    return (
      <AuthCard title="Verify your email">
        <Alert color="red" variant="light" role="alert" title="This link is incomplete">
          The verification link has no token. Open the link from the email again, or request a new one.
        </Alert>
        {signedIn && <ResendVerificationButton mt="md" />}
      </AuthCard>
    );
  }

  if (verify.isSuccess) {
    return (
      <AuthCard title="Email verified">
        <Stack gap="md" align="flex-start">
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} w="100%">
            <span data-testid="verify-success">Email verified. Thanks — your address is confirmed.</span>
          </Alert>
          <Button component={Link} to={onward.to}>
            {onward.label}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  if (verify.isError) {
    return (
      <AuthCard title="Could not verify your email">
        <Stack gap="md" align="flex-start">
          <ErrorAlert error={verify.error} title="The link did not work" />
          <Text size="sm" c="dimmed">
            Links expire after 24 hours and work once.{" "}
            {signedIn ? "Send yourself a new one:" : "Log in to send a new one."}
          </Text>
          {signedIn ? (
            <ResendVerificationButton />
          ) : (
            <Button component={Link} to="/login?next=/app/account">
              Log in
            </Button>
          )}
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Verifying your email">
      <Center py="lg" role="status" aria-busy="true" aria-label="Verifying your email">
        <Loader aria-hidden />
      </Center>
    </AuthCard>
  );
}
