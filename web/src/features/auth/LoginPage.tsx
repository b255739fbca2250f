import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconInfoCircle } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { pathWithNext, safeNext } from "../../lib/navigation";
import { isSignedIn, type SessionNotice, useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { AuthCard } from "./AuthCard";
import { GoogleSignIn } from "./GoogleSignIn";
import { googleErrorMessage } from "./google-errors";
import { useStartSession } from "./hooks";
import { loginErrorMessage } from "./login-errors";

const NOTICES: Record<SessionNotice, { title: string; text: string }> = {
  "session-ended": {
    title: "You were signed out",
    text: "Your session ended: it expired or was signed out from another device. Log in again to continue.",
  },
  "signed-out": { title: "Signed out", text: "You have been signed out." },
};

/** /login?next=<path>: email + password, Google when configured, links to signup and password reset. */
export function LoginPage() {
  const trpc = useTRPC();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const startSession = useStartSession();
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [password, setPassword] = useState("");

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (result) => {
        startSession(result);
        void navigate(next, { replace: true });
      },
    }),
  );

  if (isSignedIn(session) && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };
  const notice = session.notice ? NOTICES[session.notice] : null;
  const googleError = googleErrorMessage(params.get("error"));

  return (
    <AuthCard
      title="Log in"
      description="Welcome back to Baseplate."
      footer={
        <>
          New here?{" "}
          <Anchor component={Link} to={pathWithNext("/signup", params.get("next") && next)}>
            Create an account
          </Anchor>
        </>
      }
    >
      <Stack gap="md">
        {notice && !login.isError && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={notice.title}>
            {notice.text}
          </Alert>
        )}
        {googleError && !login.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {googleError}
          </Alert>
        )}
        {login.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            <span data-testid="login-error">{loginErrorMessage(login.error)}</span>
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Anchor component={Link} to="/forgot-password" size="sm">
                Forgot password?
              </Anchor>
            </Group>
            <Button type="submit" loading={login.isPending} fullWidth>
              Log in
            </Button>
          </Stack>
        </form>
        <GoogleSignIn />
      </Stack>
    </AuthCard>
  );
}
