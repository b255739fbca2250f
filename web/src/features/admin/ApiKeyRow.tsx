import { Badge, Button, Code, Group, Table, Text } from "@mantine/core";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { formatDate, formatDateTime, formatRelative } from "../../lib/format";
import type { Api } from "../../lib/trpc";
import { AuthorityBadge } from "./AuthorityBadge";

export type ApiKey = inferOutput<Api["admin"]["apiKeys"]["list"]>["apiKeys"][number];

function RevokedBadge({ revokedAt }: { revokedAt: string }) {
  return (
    <Badge size="sm" color="gray" variant="outline" tt="none" title={formatDateTime(revokedAt)}>
      Revoked {formatDate(revokedAt)}
    </Badge>
  );
}

/**
 * One key: name and who made it, preview, authority, dates; Revoke while it is active. A revoked key stays
 * listed, greyed, with the day it was revoked. On phones the secondary facts sit under the name.
 */
export function ApiKeyRow({ apiKey: key, onRevoke }: { apiKey: ApiKey; onRevoke: () => void }) {
  const revoked = key.revokedAt !== null;
  return (
    <Table.Tr
      data-testid={`api-key-${key.name}`}
      data-revoked={revoked}
      style={revoked ? { opacity: 0.6 } : undefined}
    >
      <Table.Td>
        <Text size="sm" fw={500} td={revoked ? "line-through" : undefined}>
          {key.name}
        </Text>
        <Text size="xs" c="dimmed" data-testid="key-creator">
          by {key.createdByName}
        </Text>
        <Group gap={6} mt={4} hiddenFrom="sm">
          <Code>…{key.keyPreview}</Code>
          <AuthorityBadge authority={key.authority} />
        </Group>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Code data-testid="key-preview">…{key.keyPreview}</Code>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <AuthorityBadge authority={key.authority} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{formatDate(key.createdAt)}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" c="dimmed" title={key.lastUsedAt ? formatDateTime(key.lastUsedAt) : undefined}>
          {key.lastUsedAt ? formatRelative(key.lastUsedAt) : "Never"}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        {key.revokedAt !== null ? (
          <RevokedBadge revokedAt={key.revokedAt} />
        ) : (
          <Button size="xs" variant="subtle" color="red" onClick={onRevoke}>
            Revoke
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
