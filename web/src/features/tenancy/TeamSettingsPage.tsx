import { Button, Card, DataList, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CardSkeleton } from "../../components/CardSkeleton";
import { DataRow } from "../../components/DataRow";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { formatDate } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { CreateTeamDialog } from "./CreateTeamDialog";
import { LeaveTeamCard } from "./LeaveTeamCard";
import { RenameTeamCard } from "./RenameTeamCard";
import { RoleBadge } from "./RoleBadge";
import { PlatformBadge } from "./TenantSwitcher";

/** /app/team/settings: the current team's facts; rename (owner, admin), leave (not the owner), create another. */
export function TeamSettingsPage() {
  const trpc = useTRPC();
  const current = useQuery(trpc.tenant.current.queryOptions());
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Team settings"
        description="Name and membership of the team you are working in."
        actions={
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            Create team
          </Button>
        }
      />
      <QueryState
        query={current}
        loadingLabel="Loading team"
        errorTitle="Could not load the team"
        loading={<CardSkeleton height={160} />}
      >
        {({ tenant }) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="team-details-title">
              <Text component="h2" id="team-details-title" fw={600} fz="md" m={0} mb="md">
                Details
              </Text>
              <DataList size="sm" labelWidth={112} withDivider>
                <DataRow label="Name" fw={600} data-testid="team-name">
                  {tenant.name} {tenant.isRoot && <PlatformBadge />}
                </DataRow>
                <DataRow
                  label="Slug"
                  ff="monospace"
                  style={{ wordBreak: "break-all" }}
                  data-testid="team-slug"
                >
                  {tenant.slug}
                </DataRow>
                <DataRow label="Your role">
                  <RoleBadge role={tenant.role} />
                </DataRow>
                <DataRow label="Members" data-testid="team-member-count">
                  {tenant.memberCount}
                </DataRow>
                <DataRow label="Created">{formatDate(tenant.createdAt)}</DataRow>
              </DataList>
            </Card>
            <Stack gap="lg">
              {tenant.role !== "user" && <RenameTeamCard name={tenant.name} />}
              <LeaveTeamCard tenant={tenant} />
            </Stack>
          </SimpleGrid>
        )}
      </QueryState>
      <CreateTeamDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
