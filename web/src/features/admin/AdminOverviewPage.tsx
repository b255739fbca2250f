import { Stack } from "@mantine/core";
import { CardSkeleton } from "../../components/CardSkeleton";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { useSystemStatus } from "../system/queries";
import { StatusChecks } from "../system/StatusChecks";
import { SystemDetailsCard } from "./SystemDetailsCard";

/** Operator landing page at /admin: the node's runtime facts and dependency checks. */
export function AdminOverviewPage() {
  const status = useSystemStatus();
  return (
    <>
      <PageHeader title="System overview" description="Runtime details of the node that answered this request." />
      <QueryState
        query={status}
        loadingLabel="Loading system status"
        errorTitle="Could not load system status"
        loading={
          <Stack gap="md">
            <CardSkeleton height={300} />
            <CardSkeleton />
          </Stack>
        }
      >
        {(data) => (
          <>
            <SystemDetailsCard status={data} />
            <StatusChecks checks={data.checks} />
          </>
        )}
      </QueryState>
    </>
  );
}
