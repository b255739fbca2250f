import { Card, Code, DataList, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { formatDuration, formatLatency } from "../../lib/format";
import { CheckBadge, StatusBadge } from "../system/StatusBadge";
import type { SystemStatus } from "../system/types";

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** Everything system.status reports, one fact per row, for operators. */
export function SystemDetailsCard({ status }: { status: SystemStatus }) {
  const { database, jobs } = status.checks;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="system-details-title">
      <Text component="h2" id="system-details-title" fw={600} fz="md" m={0} mb="md">
        Runtime
      </Text>
      <DataList size="sm" labelWidth={112} withDivider>
        <Row label="Status">
          <StatusBadge status={status.status} size="md" />
        </Row>
        <Row label="Node" testId="admin-node">
          <Code style={{ wordBreak: "break-all" }}>{status.node}</Code>
        </Row>
        <Row label="Uptime" testId="admin-uptime">
          {formatDuration(status.uptimeSeconds)}{" "}
          <Text span c="dimmed" size="xs">
            ({status.uptimeSeconds.toLocaleString()} s)
          </Text>
        </Row>
        <Row label="Versions">
          Server <Code>{status.version}</Code> · API <Code>{status.apiVersion}</Code>
        </Row>
        <Row label="Database" testId="admin-db">
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
        </Row>
        <Row label="Job workers" testId="admin-workers">
          <CheckBadge ok={jobs.workers === "running"} okLabel="Running" failLabel="Disabled" />
        </Row>
      </DataList>
    </Card>
  );
}
