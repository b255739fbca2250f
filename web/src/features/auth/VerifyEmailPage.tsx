import { Button, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SuccessAlert } from "../../components/SuccessAlert";
import { loginPath } from "../../lib/navigation";
import { isSignedIn, useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { AuthCard, AuthPendingCard, AuthResultCard, IncompleteLinkAlert } from "./AuthCard";
import { ResendVerificationButton } from "./ResendVerificationButton";

/** /verify-email?token=: the link from the verification email. Confirms once, on arrival. */
export function VerifyEmailPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signedIn = isSignedIn(useSession());
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

  if (!token) {
    return (
      <AuthCard title="Verify your email">
        <IncompleteLinkAlert>
          The verification link has no token. Open the link from the email again, or request a new one.
        </IncompleteLinkAlert>
        {signedIn && <ResendVerificationButton mt="md" />}
      </AuthCard>
    );
  }

  if (verify.isSuccess) {
    return (
      <AuthResultCard
        title="Email verified"
        action={
          <Button component={Link} to={signedIn ? "/app" : "/login"}>
            {signedIn ? "Continue to the app" : "Log in"}
          </Button>
        }
      >
        <SuccessAlert w="100%">
          <span data-testid="verify-success">Email verified. Thanks — your address is confirmed.</span>
        </SuccessAlert>
      </AuthResultCard>
    );
  }

  if (verify.isError) {
    return (
      <AuthResultCard
        title="Could not verify your email"
        action={
          signedIn ? (
            <ResendVerificationButton />
          ) : (
            <Button component={Link} to={loginPath("/app/account")}>
              Log in
            </Button>
          )
        }
      >
        <ErrorAlert error={verify.error} title="The link did not work" />
        <Text size="sm" c="dimmed">
          Links expire after 24 hours and work once.{" "}
          {signedIn ? "Send yourself a new one:" : "Log in to send a new one."}
        </Text>
      </AuthResultCard>
    );
  }

  return <AuthPendingCard title="Verifying your email" />;
}
