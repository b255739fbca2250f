import { Anchor, Badge, Button, Card, Group, Stack, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import { IconMail, IconMailOpened } from "@tabler/icons-react";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { Link } from "react-router";
import { formatDateTime, formatRelative } from "../../lib/format";
import type { Api } from "../../lib/trpc";
import { appPath, isHttpUrl } from "./links";

export type Message = inferOutput<Api["messages"]["list"]>["messages"][number];

const INVITATION_STATES: Record<string, string> = {
  accepted: "Accepted",
  revoked: "Invitation revoked",
  expired: "Invitation expired",
};

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

interface MessageRowProps {
  message: Message;
  /** Opening a message marks it read. */
  onOpen: () => void;
  /** Accept the invitation this message is about (offered while it is open). */
  onAccept: () => void;
  accepting: boolean;
}

/** One message: unread marker, title, body, and for an invitation its state or an Accept button. */
export function MessageRow({ message, onOpen, onAccept, accepting }: MessageRowProps) {
  const unread = !message.isRead;
  const status = message.invitationStatus;
  const canAccept = message.invitationId !== null && status === "open";
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
            {unread && (
              <Group gap="sm" mt={4}>
                <Badge size="xs" variant="filled" color="indigo" tt="none">
                  New
                </Badge>
              </Group>
            )}
          </Stack>
        </Group>
      </UnstyledButton>
      {(canAccept || message.link || (status && INVITATION_STATES[status])) && (
        <Group justify="flex-end" mt="xs" gap="sm">
          {status && INVITATION_STATES[status] && (
            <Badge size="sm" variant="light" color="gray" tt="none" data-testid="invitation-status">
              {INVITATION_STATES[status]}
            </Badge>
          )}
          {message.link && !canAccept && <MessageLink link={message.link} />}
          {canAccept && (
            <Button size="xs" onClick={onAccept} loading={accepting}>
              Accept
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}
