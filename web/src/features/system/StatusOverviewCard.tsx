import { Card, Code, DataList, Group, Text } from "@mantine/core";
import { DataRow } from "../../components/DataRow";
import { formatDuration } from "../../lib/format";
import { StatusBadge } from "./StatusBadge";
import type { SystemStatus } from "./types";

interface StatusOverviewCardProps {
  status: SystemStatus;
  /** When the answer arrived (ms since epoch), e.g. the query's dataUpdatedAt. */
  checkedAt?: number;
}

/** The headline: overall verdict and, when shared, which node answered and for how long it has been up. */
export function StatusOverviewCard({ status, checkedAt }: StatusOverviewCardProps) {
  const ok = status.status === "ok";
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-label="Overall status"
      data-testid="status-overview"
    >
      <Group gap="sm" mb="md">
        <StatusBadge status={status.status} />
        <Text fw={600} fz="lg">
          {ok ? "All systems operational" : "Some checks are failing"}
        </Text>
      </Group>
      <DataList size="sm" labelWidth={96}>
        {status.node !== undefined && (
          <DataRow label="Node">
            <Code data-testid="node-id" style={{ wordBreak: "break-all" }}>
              {status.node}
            </Code>
          </DataRow>
        )}
        {status.uptimeSeconds !== undefined && (
          <DataRow label="Uptime" data-testid="uptime" title={`${status.uptimeSeconds} seconds`}>
            {formatDuration(status.uptimeSeconds)}
          </DataRow>
        )}
        {checkedAt !== undefined && checkedAt > 0 && (
          <DataRow label="Checked">
            <time dateTime={new Date(checkedAt).toISOString()}>
              {new Date(checkedAt).toLocaleTimeString()}
            </time>
          </DataRow>
        )}
      </DataList>
    </Card>
  );
}
