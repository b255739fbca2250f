import { Card, Code, DataList, Group, Text } from "@mantine/core";
import { DataRow } from "../../components/DataRow";
import { formatDuration, formatLatency } from "../../lib/format";
import { CheckBadge, StatusBadge } from "../system/StatusBadge";
import type { StatusCheckResults, SystemStatus } from "../system/types";

/** Everything system.status reports, one fact per row, for operators. */
export function SystemDetailsCard({ status }: { status: SystemStatus }) {
  const { node, uptimeSeconds, checks } = status;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="system-details-title">
      <Text component="h2" id="system-details-title" fw={600} fz="md" m={0} mb="md">
        Runtime
      </Text>
      <DataList size="sm" labelWidth={112} withDivider>
        <DataRow label="Status">
          <StatusBadge status={status.status} size="md" />
        </DataRow>
        {node !== undefined && (
          <DataRow label="Node" data-testid="admin-node">
            <Code style={{ wordBreak: "break-all" }}>{node}</Code>
          </DataRow>
        )}
        {uptimeSeconds !== undefined && (
          <DataRow label="Uptime" data-testid="admin-uptime">
            {formatDuration(uptimeSeconds)}{" "}
            <Text span c="dimmed" size="xs">
              ({uptimeSeconds.toLocaleString()} s)
            </Text>
          </DataRow>
        )}
        <DataRow label="Versions">
          Server <Code>{status.version}</Code> · API <Code>{status.apiVersion}</Code>
        </DataRow>
        {checks && <CheckRows checks={checks} />}
      </DataList>
    </Card>
  );
}

function CheckRows({ checks: { database, jobs } }: { checks: StatusCheckResults }) {
  return (
    <>
      <DataRow label="Database" data-testid="admin-db">
        <Group gap="xs">
          <CheckBadge ok={database.ok} />
          <span>{formatLatency(database.latencyMs)}</span>
          <Text span c="dimmed" size="xs">
            {database.embedded ? "embedded PostgreSQL" : "external PostgreSQL"}
          </Text>
        </Group>
        {database.error && (
          <Text c="red" size="xs" mt={4}>
            {database.error}
          </Text>
        )}
      </DataRow>
      <DataRow label="Job workers" data-testid="admin-workers">
        <CheckBadge ok={jobs.workers === "running"} okLabel="Running" failLabel="Disabled" />
      </DataRow>
    </>
  );
}
