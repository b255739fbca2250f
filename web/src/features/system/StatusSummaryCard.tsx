import { Anchor, Card, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { QueryState } from "../../components/QueryState";
import { useSystemStatus } from "./queries";
import { StatusBadge } from "./StatusBadge";

/** Compact health + version line for dashboards, linking to the full status page. */
export function StatusSummaryCard() {
  const status = useSystemStatus();
  return (
    <QueryState
      query={status}
      loadingLabel="Loading system status"
      errorTitle="Could not load system status"
      loading={<CardSkeleton height={110} />}
    >
      {(data) => (
        <Card withBorder padding="lg" component="section" aria-label="System status" data-testid="status-summary">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>Service</Text>
            <StatusBadge status={data.status} size="md" />
          </Group>
          <Text size="sm" c="dimmed">
            Server <span data-testid="server-version">{data.version}</span> · API{" "}
            <span data-testid="api-version">{data.apiVersion}</span>
          </Text>
          <Anchor component={Link} to="/status" size="sm" mt="sm" display="inline-block">
            View system status
          </Anchor>
        </Card>
      )}
    </QueryState>
  );
}
