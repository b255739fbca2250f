import { Badge, Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CardSkeleton } from "../../../components/CardSkeleton";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { PageHeader } from "../../../components/PageHeader";
import { QueryState } from "../../../components/QueryState";
import { useConfirmedMutation } from "../../../components/useConfirmedMutation";
import { formatDate } from "../../../lib/format";
import { notify } from "../../../lib/notify";
import { useTRPC } from "../../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../../theme";
import { formatCredits, formatMoney } from "../../billing/money";
import { BundleFormDialog } from "./BundleFormDialog";
import type { AdminBundle } from "./types";

type Editing = { bundle: AdminBundle | null } | null;

function ActiveBadge({ active }: { active: boolean }) {
  return (
    <Badge
      size="sm"
      variant="light"
      color={active ? "teal" : "gray"}
      tt="none"
      styles={{ root: { minWidth: "max-content" } }}
    >
      {active ? "On sale" : "Inactive"}
    </Badge>
  );
}

function BundleRow({
  bundle,
  onEdit,
  onDelete,
}: {
  bundle: AdminBundle;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Table.Tr
      data-testid={`admin-bundle-${bundle.name}`}
      style={bundle.isActive ? undefined : { opacity: 0.7 }}
    >
      <Table.Td>
        <Text size="sm" fw={600}>
          {bundle.name}
        </Text>
        <Group gap={6} mt={2} hiddenFrom="sm">
          <Text size="xs" c="dimmed">
            {formatCredits(bundle.credits)} · {formatMoney(bundle.priceCents)}
          </Text>
          <ActiveBadge active={bundle.isActive} />
        </Group>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{formatCredits(bundle.credits)}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{formatMoney(bundle.priceCents)}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <ActiveBadge active={bundle.isActive} />
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm">{bundle.sortOrder}</Text>
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm" c="dimmed">
          {formatDate(bundle.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="subtle" onClick={onEdit} aria-label={`Edit ${bundle.name}`}>
            Edit
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={onDelete}
            aria-label={`Delete ${bundle.name}`}
          >
            Delete
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** /admin/bundles: one-time credit packs, inactive ones too, in their sort order. */
export function AdminBundlesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const bundles = useQuery(trpc.adminBundles.list.queryOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useConfirmedMutation(
    useMutation(
      trpc.adminBundles.delete.mutationOptions({
        onSuccess: (_result, { bundleId }) => {
          const name = bundles.data?.bundles.find((b) => b.id === bundleId)?.name ?? "The bundle";
          notify(`${name} is deleted.`, { title: "Bundle deleted" });
          return queryClient.invalidateQueries(trpc.adminBundles.pathFilter());
        },
      }),
    ),
    (bundle: AdminBundle) => ({ bundleId: bundle.id }),
  );

  return (
    <>
      <PageHeader
        title="Credit bundles"
        description="One-time credit packs tenants buy on top of their plan. Inactive bundles are hidden from tenants."
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing({ bundle: null })}
          >
            Create bundle
          </Button>
        }
      />
      <Card withBorder padding="lg" component="section" aria-label="Credit bundles">
        <QueryState
          query={bundles}
          loadingLabel="Loading credit bundles"
          errorTitle="Could not load credit bundles"
          loading={<CardSkeleton height={180} />}
        >
          {({ bundles: rows }) =>
            rows.length === 0 ? (
              <Stack align="center" gap="xs" py="lg">
                <Text c="dimmed" data-testid="no-bundles">
                  No credit bundles yet.
                </Text>
                <Button variant="light" size="xs" onClick={() => setEditing({ bundle: null })}>
                  Create the first bundle
                </Button>
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
                <Table verticalSpacing="sm" highlightOnHover data-testid="admin-bundles-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Bundle</Table.Th>
                      <Table.Th visibleFrom="sm">Credits</Table.Th>
                      <Table.Th visibleFrom="sm">Price</Table.Th>
                      <Table.Th visibleFrom="sm">Status</Table.Th>
                      <Table.Th visibleFrom="md">Order</Table.Th>
                      <Table.Th visibleFrom="md">Created</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((bundle) => (
                      <BundleRow
                        key={bundle.id}
                        bundle={bundle}
                        onEdit={() => setEditing({ bundle })}
                        onDelete={() => remove.ask(bundle)}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Card>

      <BundleFormDialog
        opened={editing !== null}
        bundle={editing?.bundle ?? null}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog title="Delete credit bundle" confirmLabel="Delete bundle" {...remove.dialog}>
        <Text size="sm">
          Delete <strong>{remove.item?.name}</strong>? Tenants can no longer buy it; credits already bought
          stay and past invoices keep its name. To pause sales instead, edit it and turn off "On sale".
        </Text>
      </ConfirmDialog>
    </>
  );
}
