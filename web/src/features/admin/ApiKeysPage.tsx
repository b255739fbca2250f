import { Button, Card, Stack, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { LoadMore, PAGED, pagedList } from "../../components/LoadMore";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { useConfirmedMutation } from "../../components/useConfirmedMutation";
import { useTRPC } from "../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { type ApiKey, ApiKeyRow } from "./ApiKeyRow";
import { CreateApiKeyDialog } from "./CreateApiKeyDialog";

/**
 * /admin/api-keys: keys for server-to-server calls; only a preview of each key is ever listed. Revoked keys
 * stay listed (greyed), so the history of who had which key remains visible.
 */
export function ApiKeysPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useInfiniteQuery(trpc.admin.apiKeys.list.infiniteQueryOptions(undefined, PAGED));
  const [creating, setCreating] = useState(false);
  const revoke = useConfirmedMutation(
    useMutation(
      trpc.admin.apiKeys.revoke.mutationOptions({
        onSuccess: () => void queryClient.invalidateQueries(trpc.admin.apiKeys.list.pathFilter()),
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
          query={pagedList(keys, (page) => page.apiKeys)}
          loadingLabel="Loading API keys"
          errorTitle="Could not load API keys"
          loading={<CardSkeleton height={160} />}
        >
          {(apiKeys) =>
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
                      <ApiKeyRow key={key.id} apiKey={key} onRevoke={() => revoke.ask(key)} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
        <LoadMore query={keys} />
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
