import { Code, ScrollArea, Stack, Text } from "@mantine/core";

/** A labelled body (payload, headers, answer) that wraps on phones and scrolls when long. */
export function CodeBlock({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <ScrollArea.Autosize mah={320} type="auto">
        <Code
          block
          data-testid={testId}
          style={{ whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: 12 }}
        >
          {children}
        </Code>
      </ScrollArea.Autosize>
    </Stack>
  );
}
