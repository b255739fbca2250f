import { Accordion, Alert, Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { CardSkeletonList } from "../../components/CardSkeleton";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { RefreshButton } from "../../components/RefreshButton";
import { formatDateTime, formatRelative } from "../../lib/format";
import { type Api, useTRPC } from "../../lib/trpc";
import { splitLinks } from "./linkify";

type Email = inferOutput<Api["admin"]["devMailbox"]>["emails"][number];

const STATUS_COLORS: Record<Email["status"], string> = {
  captured: "blue",
  sent: "teal",
  pending: "yellow",
  failed: "red",
};

function EmailBody({ text }: { text: string }) {
  return (
    <Text
      component="pre"
      size="sm"
      ff="monospace"
      m={0}
      style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}
      data-testid="email-body"
    >
      {splitLinks(text).map((part, index) =>
        part.kind === "link" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one static text, never reordered
          <Anchor key={index} href={part.value} inherit>
            {part.value}
          </Anchor>
        ) : (
          part.value
        ),
      )}
    </Text>
  );
}

/** /admin/mailbox: emails the server captured instead of sending (no SMTP), bodies and links included. */
export function DevMailboxPage() {
  const trpc = useTRPC();
  const mailbox = useQuery(
    trpc.admin.devMailbox.queryOptions(undefined, { refetchInterval: 10_000, refetchOnWindowFocus: true }),
  );

  return (
    <>
      <PageHeader
        title="Dev mailbox"
        description="The newest 100 emails the server produced. Without SMTP this is how sign-up links reach you."
        actions={<RefreshButton onClick={() => void mailbox.refetch()} loading={mailbox.isRefetching} />}
      />
      <QueryState
        query={mailbox}
        loadingLabel="Loading mailbox"
        errorTitle="Could not load the mailbox"
        loading={<CardSkeletonList height={72} />}
      >
        {({ emails, smtpConfigured }) => (
          <Stack gap="md">
            <Alert
              color={smtpConfigured ? "teal" : "blue"}
              variant="light"
              icon={<IconInfoCircle aria-hidden />}
            >
              {smtpConfigured
                ? "SMTP is configured: emails are delivered; this list shows the outbox and its delivery state."
                : "SMTP is not configured: emails are captured here instead of being sent. Open one to follow its links."}
            </Alert>
            {emails.length === 0 ? (
              <Card withBorder padding="xl" ta="center">
                <Text c="dimmed" data-testid="mailbox-empty">
                  No emails yet. Sign up, invite someone or request a password reset to see one here.
                </Text>
              </Card>
            ) : (
              <Accordion variant="separated" chevronPosition="left" data-testid="mailbox-list">
                {emails.map((email) => (
                  <Accordion.Item key={email.id} value={email.id} data-testid="mailbox-email">
                    <Accordion.Control>
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <Stack gap={0} style={{ minWidth: 0, flex: "1 1 240px" }}>
                          <Text size="sm" fw={600} truncate="end">
                            {email.subject}
                          </Text>
                          <Text size="xs" c="dimmed" truncate="end">
                            To {email.to}
                          </Text>
                        </Stack>
                        <Group gap="xs" wrap="nowrap">
                          <Badge size="sm" variant="outline" color="gray">
                            {email.kind}
                          </Badge>
                          <Badge size="sm" variant="light" color={STATUS_COLORS[email.status]}>
                            {email.status}
                          </Badge>
                          <Text size="xs" c="dimmed" title={formatDateTime(email.createdAt)}>
                            {formatRelative(email.createdAt)}
                          </Text>
                        </Group>
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack gap="xs">
                        <EmailBody text={email.text} />
                        {email.lastError && (
                          <Text size="xs" c="red">
                            Last error: {email.lastError}
                          </Text>
                        )}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
