import { Button, Group, Stack, Text } from "@mantine/core";
import { IconMailOpened } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { httpStatusOf } from "../../lib/errors";
import { isSignedIn, useSession } from "../../lib/session";
import { useTRPCClient } from "../../lib/trpc";
import { AuthCard, AuthPendingCard, AuthResultCard, IncompleteLinkAlert } from "../auth/AuthCard";
import { AcceptInvitation } from "./AcceptInvitation";
import { InvitationSummary } from "./InvitationSummary";
import { SignedOutChoice } from "./SignedOutChoice";

/** /invite?token=: what the invitation is for, then accept (signed in) or sign up / log in first. */
export function InvitePage() {
  const client = useTRPCClient();
  const signedIn = isSignedIn(useSession());
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  // Once joined the invitation is spent: asking for its preview again would only get a 404.
  const [joined, setJoined] = useState(false);
  // A POST on the server (the token stays out of URLs and logs), but it changes nothing: read it as a query.
  const preview = useQuery({
    queryKey: ["invitation-preview", token],
    queryFn: () => client.invitations.preview.mutate({ token }),
    enabled: token.length > 0 && !joined,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token) {
    return (
      <AuthCard title="Invitation">
        <IncompleteLinkAlert>
          The invitation link has no token. Open the link from the email again.
        </IncompleteLinkAlert>
      </AuthCard>
    );
  }

  if (joined) return <AuthPendingCard title="Opening your team" />;

  const status = preview.isError ? httpStatusOf(preview.error) : null;
  if (status !== null && status >= 400 && status < 500) {
    // Unknown, used, revoked or expired: trying again will not help.
    return (
      <AuthResultCard
        title="Invitation unavailable"
        action={
          <Button component={Link} to={signedIn ? "/app" : "/login"} variant="default">
            {signedIn ? "Go to the app" : "Log in"}
          </Button>
        }
      >
        <ErrorAlert error={preview.error} title="This invitation cannot be used" />
        <Text size="sm" c="dimmed">
          Invitations work once and expire after 7 days. Ask whoever invited you to send a new one.
        </Text>
      </AuthResultCard>
    );
  }

  return (
    <AuthCard
      title="You're invited"
      description={
        <Group gap={6} component="span">
          <IconMailOpened size={16} aria-hidden /> Join a team on Baseplate.
        </Group>
      }
    >
      <QueryState
        query={preview}
        loadingLabel="Loading invitation"
        errorTitle="Could not load the invitation"
        loading={<CardSkeleton height={180} />}
      >
        {(data) => (
          <Stack gap="lg">
            <InvitationSummary preview={data} />
            {signedIn ? (
              <AcceptInvitation token={token} preview={data} onJoined={() => setJoined(true)} />
            ) : (
              <SignedOutChoice token={token} preview={data} onJoined={() => setJoined(true)} />
            )}
          </Stack>
        )}
      </QueryState>
    </AuthCard>
  );
}
