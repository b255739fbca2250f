import { Accordion, Group, Stack, Text } from "@mantine/core";
import { formatDateTime, formatLatency, formatRelative } from "../../lib/format";
import { AttemptBadge } from "./badges";
import { CodeBlock } from "./CodeBlock";
import { prettyJson, responseLabel } from "./status";
import type { Attempt } from "./types";

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
}

function AttemptDetails({ attempt }: { attempt: Attempt }) {
  return (
    <Stack gap="sm">
      {attempt.error && (
        <Text size="sm" c="red.7" data-testid="attempt-error">
          {attempt.error}
        </Text>
      )}
      <CodeBlock label="Request headers" testId="attempt-headers">
        {headerLines(attempt.requestHeaders)}
      </CodeBlock>
      <CodeBlock label="Payload" testId="attempt-payload">
        {prettyJson(attempt.payload)}
      </CodeBlock>
      <CodeBlock label={`Response · ${responseLabel(attempt.responseCode)}`} testId="attempt-response">
        {attempt.responseBody ? prettyJson(attempt.responseBody) : "(empty)"}
      </CodeBlock>
    </Stack>
  );
}

/** HTTP attempts, newest first; each opens to what was sent and what came back. */
export function AttemptList({ attempts, showEvent = false }: { attempts: Attempt[]; showEvent?: boolean }) {
  return (
    <Accordion variant="separated" chevronPosition="left" data-testid="attempts">
      {attempts.map((attempt) => (
        <Accordion.Item
          key={attempt.id}
          value={attempt.id}
          data-testid="attempt"
          data-success={attempt.success}
        >
          <Accordion.Control>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <AttemptBadge success={attempt.success} />
                {showEvent && (
                  <Text size="sm" ff="monospace" truncate="end">
                    {attempt.eventType}
                  </Text>
                )}
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Text size="xs" fw={500} style={{ whiteSpace: "nowrap" }}>
                  {responseLabel(attempt.responseCode)}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {formatLatency(attempt.durationMs)}
                </Text>
                <Text
                  size="xs"
                  c="dimmed"
                  title={formatDateTime(attempt.createdAt)}
                  style={{ whiteSpace: "nowrap" }}
                >
                  {formatRelative(attempt.createdAt)}
                </Text>
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <AttemptDetails attempt={attempt} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
