import { Anchor, Stack } from "@mantine/core";
import { useRef } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { loginPath, safeNext } from "../../lib/navigation";
import { isSignedIn, useSession } from "../../lib/session";
import { CHECK_EMAIL_STATE } from "../account/VerifyEmailBanner";
import { AuthCard } from "./AuthCard";
import { GoogleSignIn } from "./GoogleSignIn";
import { useStartSession } from "./hooks";
import { SignupForm } from "./SignupForm";

/** /signup: a new account with its personal tenant; then /app with a "check your email" notice. */
export function SignupPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const startSession = useStartSession();
  const next = safeNext(params.get("next"));
  const justSignedUp = useRef(false);

  if (isSignedIn(session) && !justSignedUp.current) return <Navigate to={next} replace />;

  return (
    <AuthCard
      title="Create your account"
      description="You get a team of your own; invite people any time."
      footer={
        <>
          Already have an account?{" "}
          <Anchor component={Link} to={loginPath(params.get("next") && next)}>
            Log in
          </Anchor>
        </>
      }
    >
      <Stack gap="md">
        <SignupForm
          defaultEmail={params.get("email") ?? ""}
          onSuccess={(result) => {
            justSignedUp.current = true;
            startSession(result);
            void navigate(next, { replace: true, state: CHECK_EMAIL_STATE });
          }}
        />
        <GoogleSignIn label="Sign up with Google" />
      </Stack>
    </AuthCard>
  );
}
