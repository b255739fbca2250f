import { Badge, DataList, SimpleGrid, Text } from "@mantine/core";
import { IconDatabase, IconStack3 } from "@tabler/icons-react";
import { DataRow } from "../../components/DataRow";
import { formatLatency } from "../../lib/format";
import { InfoCard } from "./InfoCard";
import { CheckBadge } from "./StatusBadge";
import type { StatusCheckResults as Checks } from "./types";

export function DatabaseCheck({ database }: { database: Checks["database"] }) {
  return (
    <InfoCard title="Database" icon={IconDatabase} testId="db-check" badge={<CheckBadge ok={database.ok} />}>
      <DataList size="sm" labelWidth={96}>
        <DataRow label="Latency" data-testid="db-latency">
          {formatLatency(database.latencyMs)}
        </DataRow>
        <DataRow label="Engine">
          {database.embedded ? (
            <Badge variant="outline" color="gray" size="sm" tt="none" data-testid="db-embedded">
              embedded PostgreSQL
            </Badge>
          ) : (
            "PostgreSQL"
          )}
        </DataRow>
      </DataList>
      {database.error && (
        <Text c="red" size="sm" mt="sm" data-testid="db-error">
          {database.error}
        </Text>
      )}
    </InfoCard>
  );
}

export function JobsCheck({ jobs }: { jobs: Checks["jobs"] }) {
  const running = jobs.workers === "running";
  const badge = running ? (
    <CheckBadge ok={jobs.ok} okLabel="Running" />
  ) : (
    <Badge color="yellow" variant="dot" size="md">
      Disabled
    </Badge>
  );
  return (
    <InfoCard title="Job workers" icon={IconStack3} testId="jobs-check" badge={badge}>
      <Text size="sm" data-testid="jobs-workers" data-workers={jobs.workers}>
        {running
          ? "Background job workers are running on this node."
          : "Background jobs are not processed by this node."}
      </Text>
    </InfoCard>
  );
}

/** The dependency checks side by side (stacked on phones). */
export function StatusChecks({ checks }: { checks: Checks }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <DatabaseCheck database={checks.database} />
      <JobsCheck jobs={checks.jobs} />
    </SimpleGrid>
  );
}
