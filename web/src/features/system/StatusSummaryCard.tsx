import { Anchor, Text } from "@mantine/core";
import { IconActivity } from "@tabler/icons-react";
import { Link } from "react-router";
import { CardSkeleton } from "../../components/CardSkeleton";
import { QueryState } from "../../components/QueryState";
import { InfoCard } from "./InfoCard";
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
      loading={<CardSkeleton height={150} />}
    >
      {(data) => (
        <InfoCard
          title="Service"
          icon={IconActivity}
          testId="status-summary"
          badge={<StatusBadge status={data.status} size="md" />}
        >
          <Text size="sm">
            Server <span data-testid="server-version">{data.version}</span> · API{" "}
            <span data-testid="api-version">{data.apiVersion}</span>
          </Text>
          <Anchor component={Link} to="/status" size="sm" mt="xs" display="inline-block">
            View system status
          </Anchor>
        </InfoCard>
      )}
    </QueryState>
  );
}
