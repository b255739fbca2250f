import { Anchor, Badge, Card, Group, Stack, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import { IconMail, IconMailOpened } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { Link } from "react-router";
import { CardSkeletonList } from "../../components/CardSkeleton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { formatDateTime, formatRelative } from "../../lib/format";
import { type Api, useTRPC } from "../../lib/trpc";
import { appPath, isHttpUrl } from "./links";

type Message = inferOutput<Api["messages"]["list"]>["messages"][number];

function MessageLink({ link }: { link: string }) {
  const path = appPath(link, window.location.origin);
  return path ? (
    <Anchor component={Link} to={path} size="sm">
      Open
    </Anchor>
  ) : isHttpUrl(link) ? (
    <Anchor href={link} size="sm" rel="noreferrer">
      Open link
    </Anchor>
  ) : null;
}

function MessageRow({ message, onOpen }: { message: Message; onOpen: () => void }) {
  const unread = !message.isRead;
  return (
    <Card
      withBorder
      padding="md"
      data-testid="message"
      data-read={message.isRead}
      style={unread ? { borderLeft: "3px solid var(--mantine-color-indigo-6)" } : undefined}
    >
      <UnstyledButton
        onClick={onOpen}
        w="100%"
        aria-label={unread ? `${message.title} (unread, mark as read)` : message.title}
      >
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <ThemeIcon variant="light" color={unread ? "indigo" : "gray"} size="lg" aria-hidden>
            {unread ? <IconMail size={18} /> : <IconMailOpened size={18} />}
          </ThemeIcon>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={unread ? 700 : 500} size="sm" truncate="end">
                {message.title}
              </Text>
              <Text size="xs" c="dimmed" title={formatDateTime(message.createdAt)} style={{ flexShrink: 0 }}>
                {formatRelative(message.createdAt)}
              </Text>
            </Group>
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-line" }}>
              {message.body}
            </Text>
            <Group gap="sm" mt={4}>
              {unread && (
                <Badge size="xs" variant="filled" color="indigo">
                  New
                </Badge>
              )}
              <Badge size="xs" variant="outline" color="gray">
                {message.type}
              </Badge>
            </Group>
          </Stack>
        </Group>
      </UnstyledButton>
      {message.link && (
        <Group justify="flex-end" mt="xs">
          <MessageLink link={message.link} />
        </Group>
      )}
    </Card>
  );
}

/** /app/messages: the user's notifications, newest first; opening one marks it read. */
export function MessagesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const messages = useQuery(trpc.messages.list.queryOptions(undefined, { refetchOnWindowFocus: true }));
  const markRead = useMutation(
    trpc.messages.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.messages.pathFilter()),
    }),
  );

  return (
    <>
      <PageHeader title="Messages" description="Notifications about your account and teams, newest first." />
      <Stack gap="sm">
        {markRead.isError && <ErrorAlert error={markRead.error} title="Could not mark the message as read" />}
        <QueryState
          query={messages}
          loadingLabel="Loading messages"
          errorTitle="Could not load messages"
          loading={<CardSkeletonList height={96} />}
        >
          {({ messages: rows }) =>
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
                  />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
