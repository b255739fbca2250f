import { Alert, Button, Card, DataList, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconMailOpened } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { httpStatusOf } from "../../lib/errors";
import { formatDate } from "../../lib/format";
import { loginPath } from "../../lib/navigation";
import { isSignedIn, useSession } from "../../lib/session";
import { type Api, useTRPC, useTRPCClient } from "../../lib/trpc";
import { AuthCard } from "../auth/AuthCard";
import { useMe, useStartSession, useSwitchTenant } from "../auth/hooks";
import { SignupForm } from "../auth/SignupForm";
import type { Membership } from "../auth/types";
import { RoleBadge } from "../tenancy/RoleBadge";

type Preview = inferOutput<Api["invitations"]["preview"]>;

/** The tenant an invitation made the user join: new since before, else the one named in the invitation. */
export function joinedTenant(preview: Preview, before: Membership[], after: Membership[]): string | null {
  const known = new Set(before.map((m) => m.tenantId));
  const added = after.filter((m) => !known.has(m.tenantId) && m.tenantName === preview.tenantName);
  const match = added[0] ?? after.find((m) => m.tenantName === preview.tenantName && m.role === preview.role);
  return match?.tenantId ?? null;
}

function InvitationSummary({ preview }: { preview: Preview }) {
  return (
    <Card withBorder padding="md" bg="gray.0">
      <DataList size="sm" labelWidth={96}>
        <DataList.Item>
          <DataList.ItemLabel>Team</DataList.ItemLabel>
          <DataList.ItemValue fw={600} data-testid="invite-tenant">
            {preview.tenantName}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Role</DataList.ItemLabel>
          <DataList.ItemValue>
            <RoleBadge role={preview.role} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Invited by</DataList.ItemLabel>
          <DataList.ItemValue>{preview.inviterName ?? "A teammate"}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>For</DataList.ItemLabel>
          <DataList.ItemValue style={{ wordBreak: "break-all" }}>{preview.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Valid until</DataList.ItemLabel>
          <DataList.ItemValue>{formatDate(preview.expiresAt)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Card>
  );
}

function AcceptInvitation({ token, preview }: { token: string; preview: Preview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const switchTenant = useSwitchTenant();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: (result) => {
        const tenantId = joinedTenant(preview, me.data?.memberships ?? [], result.memberships);
        if (me.data)
          queryClient.setQueryData(trpc.auth.me.queryKey(), { ...me.data, memberships: result.memberships });
        void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        if (tenantId) switchTenant(tenantId);
        void navigate("/app", { replace: true });
      },
    }),
  );
  const email = me.data?.user.email;
  const otherAddress = email && email.toLowerCase() !== preview.email.toLowerCase();

  return (
    <Stack gap="md">
      {otherAddress && (
        <Alert color="yellow" variant="light" title="Different address">
          You are signed in as {email}, but the invitation was sent to {preview.email}. Sign in with that
          address to accept it.
        </Alert>
      )}
      {accept.isError && <ErrorAlert error={accept.error} title="Could not accept the invitation" />}
      <Group>
        <Button onClick={() => accept.mutate({ token })} loading={accept.isPending}>
          Accept and join {preview.tenantName}
        </Button>
        <Button component={Link} to="/app" variant="default">
          Not now
        </Button>
      </Group>
    </Stack>
  );
}

function SignedOutChoice({ token, preview }: { token: string; preview: Preview }) {
  const location = useLocation();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const [mode, setMode] = useState<"signup" | "login">(preview.accountExists ? "login" : "signup");
  const here = location.pathname + location.search;

  return (
    <Stack gap="md">
      <SegmentedControl
        fullWidth
        value={mode}
        onChange={(value) => setMode(value as "signup" | "login")}
        data={[
          { value: "signup", label: "Create account" },
          { value: "login", label: "Log in" },
        ]}
        aria-label="Create an account or log in"
      />
      {mode === "signup" ? (
        <SignupForm
          invitationToken={token}
          defaultEmail={preview.email}
          submitLabel={`Create account and join ${preview.tenantName}`}
          onSuccess={(result) => {
            startSession(result, joinedTenant(preview, [], result.memberships));
            void navigate("/app", { replace: true, state: { notice: "check-email" } });
          }}
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Already have an account? Log in, then you come back here to accept.
          </Text>
          <Button component={Link} to={`${loginPath(here)}&email=${encodeURIComponent(preview.email)}`}>
            Log in to accept
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

/** /invite?token=: what the invitation is for, then accept (signed in) or sign up / log in first. */
export function InvitePage() {
  const client = useTRPCClient();
  const session = useSession();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  // A POST on the server (the token stays out of URLs and logs), but it changes nothing: read it as a query.
  const preview = useQuery({
    queryKey: ["invitation-preview", token],
    queryFn: () => client.invitations.preview.mutate({ token }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token) {
    return (
      <AuthCard title="Invitation">
        <Alert color="red" variant="light" role="alert" title="This link is incomplete">
          The invitation link has no token. Open the link from the email again.
        </Alert>
      </AuthCard>
    );
  }

  const status = preview.isError ? httpStatusOf(preview.error) : null;
  if (status !== null && status >= 400 && status < 500) {
    // Unknown, used, revoked or expired: trying again will not help.
    return (
      <AuthCard title="Invitation unavailable">
        <Stack gap="md" align="flex-start">
          <ErrorAlert error={preview.error} title="This invitation cannot be used" />
          <Text size="sm" c="dimmed">
            Invitations work once and expire after 7 days. Ask whoever invited you to send a new one.
          </Text>
          <Button component={Link} to={isSignedIn(session) ? "/app" : "/login"} variant="default">
            {isSignedIn(session) ? "Go to the app" : "Log in"}
          </Button>
        </Stack>
      </AuthCard>
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
            {isSignedIn(session) ? (
              <AcceptInvitation token={token} preview={data} />
            ) : (
              <SignedOutChoice token={token} preview={data} />
            )}
          </Stack>
        )}
      </QueryState>
    </AuthCard>
  );
}
