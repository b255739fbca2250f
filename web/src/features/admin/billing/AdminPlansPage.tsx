import { Badge, Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CardSkeleton } from "../../../components/CardSkeleton";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { PageHeader } from "../../../components/PageHeader";
import { QueryState } from "../../../components/QueryState";
import { useConfirmedMutation } from "../../../components/useConfirmedMutation";
import { notify } from "../../../lib/notify";
import { useTRPC } from "../../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../../theme";
import { formatCredits, formatMoney } from "../../billing/money";
import { PlanFormDialog } from "./PlanFormDialog";
import { ReconcileCard } from "./ReconcileCard";
import type { AdminPlan } from "./types";

type Editing = { plan: AdminPlan | null } | null;

function PlanRow({ plan, onEdit, onDelete }: { plan: AdminPlan; onEdit: () => void; onDelete: () => void }) {
  const entitlementCount = Object.keys(plan.entitlements).length;
  const price = plan.monthlyPriceCents === 0 ? "Free" : `${formatMoney(plan.monthlyPriceCents)} / month`;
  return (
    <Table.Tr data-testid={`admin-plan-${plan.name}`}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600}>
            {plan.name}
          </Text>
          {plan.isSystem && (
            <Badge size="xs" variant="outline" color="gray" tt="none" data-testid="system-plan-badge">
              System
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" hiddenFrom="sm">
          {price} · {plan.subscriberCount} on it
        </Text>
        {plan.description && (
          <Text size="xs" c="dimmed" lineClamp={1} visibleFrom="sm">
            {plan.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{price}</Text>
        {plan.monthlyPriceCents > 0 && (
          <Text size="xs" c="dimmed">
            {formatMoney(plan.annualPriceCents)} / year
            {plan.annualDiscountPct > 0 ? ` (−${plan.annualDiscountPct}%)` : ""}
          </Text>
        )}
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm">{formatCredits(plan.usageCreditsPerMonth)}</Text>
        <Text size="xs" c="dimmed">
          {plan.creditResetPolicy === "accrue" ? "roll over" : "reset monthly"}
          {plan.bonusCredits > 0 ? ` · +${plan.bonusCredits} bonus` : ""}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm">{plan.userLimit === 0 ? "Unlimited" : plan.userLimit}</Text>
        <Text size="xs" c="dimmed">
          {entitlementCount} entitlement{entitlementCount === 1 ? "" : "s"}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" data-testid="subscriber-count">
          {plan.subscriberCount}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="subtle" onClick={onEdit} aria-label={`Edit ${plan.name}`}>
            Edit
          </Button>
          {!plan.isSystem && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={onDelete}
              aria-label={`Delete ${plan.name}`}
            >
              Delete
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** /admin/plans: the platform's subscription plans, cheapest first; create, edit, delete (never the system plan). */
export function AdminPlansPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const plans = useQuery(trpc.adminPlans.list.queryOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useConfirmedMutation(
    useMutation(
      trpc.adminPlans.delete.mutationOptions({
        onSuccess: (_result, { planId }) => {
          const name = plans.data?.plans.find((p) => p.id === planId)?.name ?? "The plan";
          notify(`${name} is deleted.`, { title: "Plan deleted" });
          return queryClient.invalidateQueries(trpc.adminPlans.pathFilter());
        },
      }),
    ),
    (plan: AdminPlan) => ({ planId: plan.id }),
  );

  return (
    <>
      <PageHeader
        title="Plans"
        description="Subscription plans tenants choose from: price, credits, limits and entitlements."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ plan: null })}>
            Create plan
          </Button>
        }
      />
      <Card withBorder padding="lg" component="section" aria-label="Plans">
        <QueryState
          query={plans}
          loadingLabel="Loading plans"
          errorTitle="Could not load plans"
          loading={<CardSkeleton height={200} />}
        >
          {({ plans: rows }) =>
            rows.length === 0 ? (
              <Stack align="center" gap="xs" py="lg">
                <Text c="dimmed" data-testid="no-plans">
                  No plans yet.
                </Text>
                <Button variant="light" size="xs" onClick={() => setEditing({ plan: null })}>
                  Create the first plan
                </Button>
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
                <Table verticalSpacing="sm" highlightOnHover data-testid="admin-plans-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Plan</Table.Th>
                      <Table.Th visibleFrom="sm">Price</Table.Th>
                      <Table.Th visibleFrom="md">Credits / month</Table.Th>
                      <Table.Th visibleFrom="md">Members</Table.Th>
                      <Table.Th visibleFrom="sm">Tenants</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((plan) => (
                      <PlanRow
                        key={plan.id}
                        plan={plan}
                        onEdit={() => setEditing({ plan })}
                        onDelete={() => remove.ask(plan)}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Card>
      <Stack mt="lg">
        <ReconcileCard />
      </Stack>

      <PlanFormDialog
        opened={editing !== null}
        plan={editing?.plan ?? null}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog title="Delete plan" confirmLabel="Delete plan" {...remove.dialog}>
        <Stack gap="xs">
          <Text size="sm">
            Delete <strong>{remove.item?.name}</strong>? Tenants can no longer choose it. Past invoices keep
            its name.
          </Text>
          {(remove.item?.subscriberCount ?? 0) > 0 && (
            <Text size="sm" c="orange.8">
              {remove.item?.subscriberCount} tenant{remove.item?.subscriberCount === 1 ? " is" : "s are"} on
              this plan: reassign them first, or the deletion is refused.
            </Text>
          )}
        </Stack>
      </ConfirmDialog>
    </>
  );
}
