import { Button, Card, Code, Group, Stack, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { useState } from "react";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { useConfirmedMutation } from "../../components/useConfirmedMutation";
import { formatDate, formatDateTime, formatRelative } from "../../lib/format";
import { type Api, useTRPC } from "../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { AuthorityBadge } from "./AuthorityBadge";
import { CreateApiKeyDialog } from "./CreateApiKeyDialog";

type ApiKey = inferOutput<Api["admin"]["apiKeys"]["list"]>["apiKeys"][number];

/** /admin/api-keys: keys for server-to-server calls; only a preview of each key is ever listed. */
export function ApiKeysPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.admin.apiKeys.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const revoke = useConfirmedMutation(
    useMutation(
      trpc.admin.apiKeys.revoke.mutationOptions({
        onSuccess: () => void queryClient.invalidateQueries(trpc.admin.apiKeys.list.queryFilter()),
      }),
    ),
    (key: ApiKey) => ({ keyId: key.id }),
  );

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for calling the API from your servers. The full key is shown once, at creation."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Create API key
          </Button>
        }
      />
      <Card withBorder padding="lg" component="section" aria-label="API keys">
        <QueryState
          query={keys}
          loadingLabel="Loading API keys"
          errorTitle="Could not load API keys"
          loading={<CardSkeleton height={160} />}
        >
          {({ apiKeys }) =>
            apiKeys.length === 0 ? (
              <Stack align="center" gap="xs" py="lg">
                <Text c="dimmed" data-testid="no-api-keys">
                  No API keys yet.
                </Text>
                <Button variant="light" size="xs" onClick={() => setCreating(true)}>
                  Create the first key
                </Button>
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
                <Table verticalSpacing="sm" highlightOnHover data-testid="api-keys-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th visibleFrom="sm">Key</Table.Th>
                      <Table.Th visibleFrom="sm">Authority</Table.Th>
                      <Table.Th visibleFrom="sm">Created</Table.Th>
                      <Table.Th visibleFrom="sm">Last used</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {apiKeys.map((key) => (
                      <Table.Tr key={key.id} data-testid={`api-key-${key.name}`}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {key.name}
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
                          <Text
                            size="sm"
                            c="dimmed"
                            title={key.lastUsedAt ? formatDateTime(key.lastUsedAt) : undefined}
                          >
                            {key.lastUsedAt ? formatRelative(key.lastUsedAt) : "Never"}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button size="xs" variant="subtle" color="red" onClick={() => revoke.ask(key)}>
                            Revoke
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Card>

      <CreateApiKeyDialog opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog title="Revoke API key" confirmLabel="Revoke key" {...revoke.dialog}>
        <Text size="sm">
          Revoke <strong>{revoke.item?.name}</strong> (…{revoke.item?.keyPreview})? Requests using it fail
          immediately. This cannot be undone.
        </Text>
      </ConfirmDialog>
    </>
  );
}
