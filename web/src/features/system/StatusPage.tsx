import { SimpleGrid, Stack } from "@mantine/core";
import { CardSkeleton } from "../../components/CardSkeleton";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { RefreshButton } from "../../components/RefreshButton";
import { ApiDocsCard } from "./ApiDocsCard";
import { useSystemStatus, useSystemVersion } from "./queries";
import { StatusChecks } from "./StatusChecks";
import { StatusOverviewCard } from "./StatusOverviewCard";
import { VersionCard } from "./VersionCard";

function StatusSkeleton() {
  return (
    <Stack gap="md">
      <CardSkeleton height={150} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CardSkeleton />
        <CardSkeleton />
      </SimpleGrid>
    </Stack>
  );
}

/**
 * Public health page: overall verdict, versions and API links; node, uptime and dependency checks when the
 * server shares them (platform admins).
 */
export function StatusPage() {
  const status = useSystemStatus();
  const version = useSystemVersion();

  const refresh = () => {
    void status.refetch();
    void version.refetch();
  };

  return (
    <>
      <PageHeader
        title="System status"
        description="Live health of this Baseplate deployment, refreshed every 30 seconds."
        actions={<RefreshButton onClick={refresh} loading={status.isRefetching} />}
      />
      <Stack gap="md">
        <QueryState
          query={status}
          loadingLabel="Loading system status"
          errorTitle="Could not load system status"
          loading={<StatusSkeleton />}
        >
          {(data) => (
            <>
              <StatusOverviewCard status={data} checkedAt={status.dataUpdatedAt} />
              {data.checks && <StatusChecks checks={data.checks} />}
            </>
          )}
        </QueryState>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <QueryState
            query={version}
            loadingLabel="Loading version"
            errorTitle="Could not load version"
            loading={<CardSkeleton />}
          >
            {(data) => <VersionCard version={data} />}
          </QueryState>
          <ApiDocsCard />
        </SimpleGrid>
      </Stack>
    </>
  );
}
