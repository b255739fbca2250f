import { Button, Card, Stack, Text } from "@mantine/core";
import { IconChecks } from "@tabler/icons-react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { CardSkeletonList } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { LoadMore, PAGED, pagedList } from "../../components/LoadMore";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { JoinedTeamAlert, useAcceptById } from "./accept-by-id";
import { MessageRow } from "./MessageRow";
import { useUnreadCount } from "./queries";

/** /app/messages: the user's notifications, newest first; opening one marks it read; invitations accept here. */
export function MessagesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const messages = useInfiniteQuery(
    // Always asked again on opening the page: the badge may have announced a message since the last visit.
    trpc.messages.list.infiniteQueryOptions(undefined, {
      ...PAGED,
      refetchOnWindowFocus: true,
      staleTime: 0,
    }),
  );
  const unread = useUnreadCount().data?.count ?? 0;
  const reload = () => queryClient.invalidateQueries(trpc.messages.pathFilter());
  const markRead = useMutation(trpc.messages.markRead.mutationOptions({ onSuccess: reload }));
  const markAllRead = useMutation(
    trpc.messages.markAllRead.mutationOptions({
      onSuccess: ({ count }) => {
        notify(count === 1 ? "1 message marked as read." : `${count} messages marked as read.`);
        return reload();
      },
    }),
  );
  const accept = useAcceptById();

  return (
    <>
      <PageHeader
        title="Messages"
        description="Notifications about your account and teams, newest first."
        actions={
          <Button
            variant="default"
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={unread === 0}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            Mark all as read
          </Button>
        }
      />
      <Stack gap="sm">
        {accept.joined && <JoinedTeamAlert joined={accept.joined} onClose={accept.dismiss} />}
        {accept.mutation.isError && (
          <ErrorAlert error={accept.mutation.error} title="Could not accept the invitation" />
        )}
        {markRead.isError && <ErrorAlert error={markRead.error} title="Could not mark the message as read" />}
        {markAllRead.isError && (
          <ErrorAlert error={markAllRead.error} title="Could not mark messages as read" />
        )}
        <QueryState
          query={pagedList(messages, (page) => page.messages)}
          loadingLabel="Loading messages"
          errorTitle="Could not load messages"
          loading={<CardSkeletonList height={96} />}
        >
          {(rows) =>
            rows.length === 0 ? (
              <Card withBorder padding="xl" ta="center">
                <Text c="dimmed" data-testid="no-messages">
                  No messages yet. Invitations and other notices will appear here.
                </Text>
              </Card>
            ) : (
              <Stack gap="sm" data-testid="messages-list">
                {rows.map((message) => (
                  <MessageRow
                    key={message.id}
                    message={message}
                    onOpen={() => !message.isRead && markRead.mutate({ messageId: message.id })}
                    onAccept={() => message.invitationId && accept.accept(message.invitationId)}
                    accepting={
                      accept.mutation.isPending &&
                      accept.mutation.variables?.invitationId === message.invitationId
                    }
                  />
                ))}
              </Stack>
            )
          }
        </QueryState>
        <LoadMore query={messages} />
      </Stack>
    </>
  );
}
