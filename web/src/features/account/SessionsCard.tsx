import { Badge, Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { LoadMore, PAGED, pagedList } from "../../components/LoadMore";
import { QueryState } from "../../components/QueryState";
import { SuccessAlert } from "../../components/SuccessAlert";
import { formatDateTime, formatRelative } from "../../lib/format";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { describeUserAgent } from "./user-agent";

/** Where the user is signed in, with sign-out per session and for all other sessions at once. */
export function SessionsCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useInfiniteQuery(
    trpc.auth.sessions.infiniteQueryOptions(undefined, { ...PAGED, refetchOnWindowFocus: true }),
  );
  const reload = () => queryClient.invalidateQueries(trpc.auth.sessions.pathFilter());
  const revoke = useMutation(
    trpc.auth.revokeSession.mutationOptions({
      onSuccess: () => {
        notify("That device is signed out and must log in again.", { title: "Session signed out" });
        return reload();
      },
    }),
  );
  const revokeOthers = useMutation(trpc.auth.revokeOtherSessions.mutationOptions({ onSuccess: reload }));
  const others =
    sessions.data?.pages.flatMap((page) => page.sessions).filter((session) => !session.current).length ?? 0;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sessions-title">
      <Group justify="space-between" mb="md" gap="sm">
        <Text component="h2" id="sessions-title" fw={600} fz="md" m={0}>
          Sessions
        </Text>
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconLogout size={14} aria-hidden />}
          disabled={others === 0}
          loading={revokeOthers.isPending}
          onClick={() => revokeOthers.mutate()}
        >
          Sign out all other sessions
        </Button>
      </Group>
      <Stack gap="md">
        {revokeOthers.isSuccess && (
          <SuccessAlert data-testid="others-signed-out">{revokeOthers.data.message}</SuccessAlert>
        )}
        {revokeOthers.isError && (
          <ErrorAlert error={revokeOthers.error} title="Could not sign out other sessions" />
        )}
        {revoke.isError && <ErrorAlert error={revoke.error} title="Could not sign out that session" />}
        <QueryState
          query={pagedList(sessions, (page) => page.sessions)}
          loadingLabel="Loading sessions"
          errorTitle="Could not load sessions"
          loading={<CardSkeleton height={140} />}
        >
          {(rows) => (
            <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
              <Table verticalSpacing="sm" data-testid="sessions-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Device</Table.Th>
                    <Table.Th visibleFrom="sm">Signed in</Table.Th>
                    <Table.Th visibleFrom="sm">IP address</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((session) => (
                    <Table.Tr key={session.id} data-current={session.current}>
                      <Table.Td>
                        <Group gap="xs" wrap="wrap">
                          <Text size="sm" title={session.userAgent ?? undefined}>
                            {describeUserAgent(session.userAgent)}
                          </Text>
                          {session.current && (
                            <Badge size="xs" color="teal" variant="light">
                              This device
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          via {session.method === "google" ? "Google" : "password"}
                          <Text span inherit hiddenFrom="sm">
                            {" · "}
                            {formatRelative(session.createdAt)} · {session.ipAddress ?? "unknown IP"}
                          </Text>
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm" title={formatDateTime(session.createdAt)}>
                          {formatRelative(session.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm" c="dimmed" ff="monospace">
                          {session.ipAddress ?? "—"}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {!session.current && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={revoke.isPending && revoke.variables?.sessionId === session.id}
                            onClick={() => revoke.mutate({ sessionId: session.id })}
                          >
                            Sign out
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
        <LoadMore query={sessions} />
      </Stack>
    </Card>
  );
}
