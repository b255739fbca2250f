import { Alert, Button } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { getSession, setSession } from "../../lib/session";
import { useTRPCClient } from "../../lib/trpc";
import { AuthPendingCard, AuthResultCard } from "./AuthCard";
import { parseTokenFragment } from "./fragment";
import { useStartSession } from "./hooks";

const backToLogin = (
  <Button component={Link} to="/login">
    Back to log in
  </Button>
);

/**
 * /auth/callback#access_token=…&refresh_token=…: where Google sign-in lands. The tokens are taken from
 * the fragment (never sent to any server by the browser), the fragment is wiped from history, then the
 * profile is loaded and the user goes to /app.
 */
export function AuthCallbackPage() {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const [tokens] = useState(() => parseTokenFragment(window.location.hash));
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);

  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        "",
        window.location.pathname + window.location.search,
      );
    }
    if (started.current || !tokens) return;
    started.current = true;
    // A new user from here on: nothing cached for a previous one may show, even if loading fails.
    queryClient.clear();
    setSession({ token: tokens.accessToken, refreshToken: tokens.refreshToken, notice: null });
    client.auth.me
      .query()
      .then((me) => {
        // The refresh token may already have rotated while loading; keep whatever the session holds now.
        const { token, refreshToken } = getSession();
        startSession({
          ...me,
          accessToken: token ?? tokens.accessToken,
          refreshToken: refreshToken ?? tokens.refreshToken,
        });
        void navigate("/app", { replace: true });
      })
      .catch(setError);
  }, [client, queryClient, navigate, startSession, tokens]);

  if (!tokens) {
    return (
      <AuthResultCard title="Sign-in failed" action={backToLogin}>
        <Alert color="red" variant="light" role="alert" w="100%">
          The sign-in response did not include a session. Please try again.
        </Alert>
      </AuthResultCard>
    );
  }

  if (error) {
    return (
      <AuthResultCard title="Sign-in failed" action={backToLogin}>
        <ErrorAlert error={error} title="Could not load your account" />
      </AuthResultCard>
    );
  }

  return <AuthPendingCard title="Signing you in" />;
}
