import { Anchor, Stack, Text } from "@mantine/core";
import { IconBook, IconExternalLink } from "@tabler/icons-react";
import { InfoCard } from "./InfoCard";

/** Server-rendered docs: plain links (not SPA routes), so the browser loads them from Express. */
export function ApiDocsCard() {
  return (
    <InfoCard title="API" icon={IconBook} testId="api-docs-card">
      <Stack gap={6}>
        <Anchor href="/api/docs" size="sm" data-testid="api-docs-link">
          Interactive API docs <IconExternalLink size={12} aria-hidden />
        </Anchor>
        <Anchor href="/api/openapi.json" size="sm" data-testid="openapi-link">
          OpenAPI spec (JSON) <IconExternalLink size={12} aria-hidden />
        </Anchor>
        <Text size="xs" c="dimmed">
          REST under <code>/api/v1</code>, typed RPC under <code>/trpc</code>.
        </Text>
      </Stack>
    </InfoCard>
  );
}
